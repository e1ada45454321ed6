package org.chorus.search;

import java.time.Duration;

/**
 * How much work one query may ask for. Queries come from anyone who can type into a search box,
 * so every limit is checked before the query runs (its shape) or while it runs (its time), and
 * each refusal names the limit.
 *
 * @param timeout longest a search may run before it is stopped
 * @param maxDepth deepest nesting of parentheses
 * @param maxTerms terms, phrases and expanding terms in the whole query
 * @param maxPhraseTerms terms in one phrase (a Chinese word is one term per two characters)
 * @param maxSlop largest {@code "..."~N} a phrase may take
 * @param maxExpanding wildcard, prefix, fuzzy and regular-expression terms in the whole query
 */
public record QueryLimits(Duration timeout, int maxDepth, int maxTerms, int maxPhraseTerms,
    int maxSlop, int maxExpanding) {

  /**
   * Measured on 300,000 posts: a 256-term phrase, 32 fuzzy terms or slop 20 each answer well
   * within a second; the 12,000-term phrase took 12.5 s.
   */
  public static final QueryLimits DEFAULT =
      new QueryLimits(Duration.ofSeconds(5), 32, 1024, 256, 20, 32);

  public QueryLimits {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (maxDepth < 1 || maxTerms < 1 || maxPhraseTerms < 1 || maxSlop < 0 || maxExpanding < 0) {
      throw new IllegalArgumentException("query limits must be positive");
    }
  }

  public QueryLimits withTimeout(Duration t) {
    return new QueryLimits(t, maxDepth, maxTerms, maxPhraseTerms, maxSlop, maxExpanding);
  }
}
