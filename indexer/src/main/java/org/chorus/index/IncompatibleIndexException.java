package org.chorus.index;

import java.io.IOException;

/** An index written with another field layout than this Chorus writes ({@link Schema#VERSION}). */
public final class IncompatibleIndexException extends IOException {
  public IncompatibleIndexException(String message) {
    super(message);
  }
}
