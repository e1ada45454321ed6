package org.chorus.app;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.chorus.search.PostFilter;

/**
 * The coordination network of the posts {@code filter} selects.
 *
 * @param windows each window gives its own edges: accounts count as linked when they posted
 *     the same thing within it
 */
public record NetworkRequest(PostFilter filter, Copies copies, List<Duration> windows) {
  public NetworkRequest {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(copies, "copies");
    windows = List.copyOf(windows);
    if (windows.isEmpty()) throw new IllegalArgumentException("at least one window");
  }
}
