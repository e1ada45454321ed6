package org.chorus.app;

import java.time.Duration;
import java.util.Objects;
import org.chorus.search.PostFilter;

/**
 * Copy-paste clusters among the posts {@code filter} selects.
 *
 * @param window copies count only within this time of the cluster's first post; null: no limit
 */
public record DupesRequest(PostFilter filter, Copies copies, Duration window) {
  public DupesRequest {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(copies, "copies");
    if (window != null && window.isNegative()) {
      throw new IllegalArgumentException("window must not be negative: " + window);
    }
  }
}
