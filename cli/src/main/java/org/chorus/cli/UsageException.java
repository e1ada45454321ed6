package org.chorus.cli;

/** The user asked for something malformed (a bad query, an unknown label); exit code 2. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
