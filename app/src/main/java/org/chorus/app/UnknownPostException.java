package org.chorus.app;

import java.nio.file.Path;

/** A request named a post the index does not hold (a 404 on the web, a usage error in a shell). */
public final class UnknownPostException extends RequestException {
  public UnknownPostException(String postId, Path index) {
    super("no post with id '" + postId + "' in " + index);
  }
}
