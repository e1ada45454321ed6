package org.chorus.app;

import java.time.Duration;

/**
 * The accounts most coordinated with {@code account}: near-copies of its posts at
 * {@code threshold} or more, retweets of the same post and the same links, within
 * {@code window} of its posts; the {@code limit} most linked.
 */
public record PartnersRequest(String account, double threshold, Duration window, int limit) {
  public static final int MAX_LIMIT = 100;

  public PartnersRequest {
    if (account == null || account.isBlank()) {
      throw new IllegalArgumentException("account must be given");
    }
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be above 0 and at most 1: " + threshold);
    }
    // Without a window every retweet of a popular post would be a partner's link.
    if (window == null || window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("window must be a positive time, e.g. 1h");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ": " + limit);
    }
  }
}
