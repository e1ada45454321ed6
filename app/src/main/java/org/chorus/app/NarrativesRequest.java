package org.chorus.app;

import java.nio.file.Path;
import java.util.Objects;
import org.chorus.search.PostFilter;
import org.chorus.search.TimeBucket;

/**
 * The narratives among the posts a filter selects: how many posts each has, when, and its top
 * posts. From the index when {@code chorus label --index} has labelled it; otherwise, when
 * {@code model} is given, from the model's labels of a sample of the most recent posts.
 *
 * @param bucket null to choose one as {@link TimelineRequest} does
 * @param model a model file, or null; read once per {@link Investigation} and kept
 * @param sample 1 to {@link #MAX_SAMPLE}: the most recent posts the model labels
 * @param top 0 to {@link #MAX_TOP}: posts shown for each narrative
 */
public record NarrativesRequest(PostFilter filter, TimeBucket bucket, Path model, int sample,
    int top) {
  public static final int DEFAULT_SAMPLE = 2_000;
  public static final int MAX_SAMPLE = 10_000;
  public static final int DEFAULT_TOP = 5;
  public static final int MAX_TOP = 20;

  public NarrativesRequest {
    Objects.requireNonNull(filter, "filter");
    if (sample < 1 || sample > MAX_SAMPLE) {
      throw new IllegalArgumentException("sample must be from 1 to " + MAX_SAMPLE);
    }
    if (top < 0 || top > MAX_TOP) {
      throw new IllegalArgumentException("top must be from 0 to " + MAX_TOP);
    }
  }

  /** The defaults: a 2,000-post sample, five posts a narrative. */
  public static NarrativesRequest of(PostFilter filter, TimeBucket bucket, Path model) {
    return new NarrativesRequest(filter, bucket, model, DEFAULT_SAMPLE, DEFAULT_TOP);
  }
}
