package org.chorus.app;

/**
 * A request that cannot be carried out as given (no labelled posts, too few accounts for the
 * folds, labels from a column without a column map...): the caller should change the request,
 * and the message says how.
 */
public class RequestException extends IllegalArgumentException {
  public RequestException(String message) {
    super(message);
  }
}
