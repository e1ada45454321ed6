package org.chorus.narratives;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param stack the second stage of a stacked model; absent (null) for a plain one
 */
@JsonPropertyOrder({"format", "formatVersion", "labels", "multiLabel", "learner", "features",
    "calibration", "stack", "data", "trainingFingerprint", "metrics", "created"})
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
    String created,
    @JsonInclude(JsonInclude.Include.NON_NULL) StackInfo stack) {

  public static final String FORMAT = "chorus-model";
  /**
   * Version 2 added post-shape, language and class-weighting feature settings; a version 1
   * file reads with them off. Version 3 adds {@code stack}; plain models are still written as
   * version 2, so older Chorus reads them, and refuses a stacked model instead of silently
   * using its first stage alone.
   */
  public static final int VERSION = 3;

  /** The version a model without a stack is written as. */
  static final int PLAIN_VERSION = 2;

  /** The oldest version this Chorus still reads. */
  public static final int OLDEST_READABLE = 1;

  public ModelInfo {
    labels = List.copyOf(labels);
    metrics = metrics == null ? Map.of() : java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(metrics));
  }

  public ModelInfo withMetrics(Map<String, Object> m) {
    return new ModelInfo(format, formatVersion, labels, multiLabel, learner, features, calibration,
        data, trainingFingerprint, m, created, stack);
  }

  /** The same header for a stacked model (format version 3). */
  ModelInfo withStack(StackInfo s) {
    return new ModelInfo(format, VERSION, labels, multiLabel, learner, features, calibration,
        data, trainingFingerprint, metrics, created, s);
  }

  /**
   * What the payload of a stacked model holds after the first model's weights.
   *
   * @param bases feature settings of the further linear models, in order
   * @param shapeTokens the post-shape tokens the trees read, in input order
   * @param trees number of trees
   * @param nodes number of tree nodes, leaves included
   */
  public record StackInfo(List<FeatureSettings> bases, List<String> shapeTokens, int trees,
      int nodes) {
    public StackInfo {
      bases = List.copyOf(bases);
      shapeTokens = List.copyOf(shapeTokens);
    }
  }
}
