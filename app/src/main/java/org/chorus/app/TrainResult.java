package org.chorus.app;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chorus.eval.CrossValidation;
import org.chorus.narratives.CvMetrics;

/**
 * What training wrote and what it made of its input.
 *
 * @param model the model file
 * @param posts labelled posts trained on
 * @param extraLabelsIgnored single-label training: posts with more labels, of which only the
 *     first was used
 * @param singletonLabels labels seen on one post only (too rare to learn)
 * @param trainSeconds reading and training, without the cross-validation
 * @param crossValidation the figures recorded in the model file, or null when cross-validation
 *     was not asked for or could not run
 * @param note why cross-validation could not run, or null
 * @param labels the model's labels
 * @param rejectsFile where rejected records are, or null when none was written
 * @param cv the cross-validation behind {@code crossValidation}, or null
 */
@JsonPropertyOrder({"type"})
public record TrainResult(
    String model,
    @JsonProperty("model_bytes") long modelBytes,
    long posts,
    @JsonProperty("unlabelled_skipped") long unlabelledSkipped,
    @JsonProperty("extra_labels_ignored") long extraLabelsIgnored,
    @JsonProperty("singleton_labels") List<String> singletonLabels,
    @JsonProperty("label_counts") Map<String, Long> labelCounts,
    long rejected,
    @JsonProperty("train_seconds") double trainSeconds,
    @JsonProperty("cross_validation") CvMetrics crossValidation,
    String note,
    @JsonIgnore List<String> labels,
    @JsonIgnore boolean multiLabel,
    @JsonIgnore Path rejectsFile,
    @JsonIgnore CrossValidation.Result cv) {

  public TrainResult {
    singletonLabels = List.copyOf(singletonLabels);
    labelCounts = Collections.unmodifiableMap(new LinkedHashMap<>(labelCounts));
    labels = List.copyOf(labels);
  }

  /** JSON Lines readers tell this summary from other records by its type. */
  @JsonProperty("type")
  public String type() {
    return "summary";
  }
}
