package org.chorus.narratives;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The self-describing header of a model file: what the model predicts, how features are made,
 * what it was trained on and how well it did. People read it with {@code head -1 file.model}.
 *
 * @param data the training posts: counts per label, skipped rows
 * @param trainingFingerprint SHA-256 over the training posts' ids and labels, in order
 * @param metrics training-time measurements (held-out or cross-validated), free-form
 * @param created ISO-8601 instant
 */
@JsonPropertyOrder({"format", "formatVersion", "labels", "multiLabel", "learner", "features",
    "calibration", "data", "trainingFingerprint", "metrics", "created"})
public record ModelInfo(
    String format,
    int formatVersion,
    List<String> labels,
    boolean multiLabel,
    String learner,
    FeatureSettings features,
    Calibration calibration,
    DataSummary data,
    String trainingFingerprint,
    Map<String, Object> metrics,
    String created) {

  public static final String FORMAT = "chorus-model";
  /**
   * Version 2 added post-shape, language and class-weighting feature settings; a version 1
   * file reads with them off. Older Chorus refuses version 2 files instead of silently
   * extracting features without them.
   */
  public static final int VERSION = 2;

  /** The oldest version this Chorus still reads. */
  public static final int OLDEST_READABLE = 1;

  public ModelInfo {
    labels = List.copyOf(labels);
    metrics = metrics == null ? Map.of() : java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(metrics));
  }

  public ModelInfo withMetrics(Map<String, Object> m) {
    return new ModelInfo(format, formatVersion, labels, multiLabel, learner, features, calibration,
        data, trainingFingerprint, m, created);
  }
}
