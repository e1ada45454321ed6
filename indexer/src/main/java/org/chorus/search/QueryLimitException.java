package org.chorus.search;

/**
 * A query asked for more work than its {@link QueryLimits} allow: too deep, too many terms, or
 * too long to run. A usage error: the message names the limit and how to stay within it.
 */
public final class QueryLimitException extends IllegalArgumentException {
  public QueryLimitException(String message) {
    super(message);
  }
}
