package org.chorus.search;

/** The query text is not valid query syntax, or names a field the index does not have. */
public final class QuerySyntaxException extends IllegalArgumentException {
  public QuerySyntaxException(String message) {
    super(message);
  }
}
