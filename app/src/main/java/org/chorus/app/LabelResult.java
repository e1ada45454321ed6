package org.chorus.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What labelling did.
 *
 * @param posts posts labelled
 * @param labels posts per label, every label of the model included, by label
 * @param none posts that got no label
 * @param rejected records of the datasets that could not be read
 * @param seconds wall-clock time, to the millisecond
 * @param output the file written or the index updated
 */
@JsonPropertyOrder({"type"})
public record LabelResult(long posts, Map<String, Long> labels, long none, long rejected,
    double seconds, @JsonProperty("posts_per_second") long postsPerSecond, String output) {

  public LabelResult {
    labels = Collections.unmodifiableMap(new TreeMap<>(labels));
  }

  /** JSON Lines readers tell this summary from other records by its type. */
  @JsonProperty("type")
  public String type() {
    return "summary";
  }
}
