package org.chorus.app;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.chorus.network.Network;
import org.chorus.network.NullModel;
import org.chorus.search.PostFilter;

/**
 * The coordination network of the posts {@code filter} selects.
 *
 * @param windows each window gives its own edges: accounts count as linked when they posted
 *     the same thing within it
 * @param nulls how edges are tested against chance; null: not tested (and no filter on it)
 * @param minZ keep only edges whose z-score is at least this; null: no limit
 * @param maxP keep only edges whose empirical p-value is at most this; null: no limit
 */
public record NetworkRequest(PostFilter filter, Copies copies, List<Duration> windows,
    NullModel nulls, Double minZ, Double maxP) {
  public NetworkRequest {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(copies, "copies");
    windows = List.copyOf(windows);
    if (windows.isEmpty()) throw new IllegalArgumentException("at least one window");
    if ((minZ != null || maxP != null) && nulls == null) {
      throw new IllegalArgumentException("min z and max p need null runs (at least 1)");
    }
    if (minZ != null && !Double.isFinite(minZ)) {
      throw new IllegalArgumentException("min z must be a number: " + minZ);
    }
    if (maxP != null && !(maxP > 0 && maxP <= 1)) {
      throw new IllegalArgumentException("max p must be in (0, 1]: " + maxP);
    }
  }

  /** Edges tested with the default {@link NullModel}, none left out for it. */
  public NetworkRequest(PostFilter filter, Copies copies, List<Duration> windows) {
    this(filter, copies, windows, NullModel.defaults(), null, null);
  }

  /**
   * Whether {@code e} passes the z and p limits; an edge without a score (no window) passes
   * only when there is no limit.
   */
  boolean keeps(Network.Edge e) {
    if (minZ == null && maxP == null) return true;
    Network.Significance s = e.significance();
    if (s == null) return false;
    return (minZ == null || s.z() >= minZ) && (maxP == null || s.p() <= maxP);
  }
}
