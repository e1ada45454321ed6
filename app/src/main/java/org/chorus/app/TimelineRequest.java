package org.chorus.app;

import java.util.Objects;
import org.chorus.search.PostFilter;
import org.chorus.search.TimeBucket;

/**
 * Posts per time bucket of every post a filter selects.
 *
 * @param bucket null to choose from the span of the posts: hours up to a week, days up to two
 *     years, weeks past that; a wider one whenever there would be more than
 *     {@link org.chorus.search.TimeHistogram#MAX_BUCKETS}
 */
public record TimelineRequest(PostFilter filter, TimeBucket bucket) {
  public TimelineRequest {
    Objects.requireNonNull(filter, "filter");
  }
}
