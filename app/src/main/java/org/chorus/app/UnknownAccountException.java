package org.chorus.app;

import java.nio.file.Path;

/** A request named an account with no post in the index (a 404 on the web). */
public final class UnknownAccountException extends RequestException {
  public UnknownAccountException(String account, Path index) {
    super("no posts of account '" + account + "' in " + index);
  }
}
