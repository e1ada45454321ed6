package org.chorus.app;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.chorus.eval.PairedComparison;

/**
 * Two models compared on the same posts and resamples.
 *
 * @param groupBy what the bootstrap resampled, as reports name it ("accounts", "posts")
 */
public record CompareResult(String a, String b, @JsonProperty("group_by") String groupBy,
    PairedComparison comparison, @JsonIgnore ReadSummary read) {}
