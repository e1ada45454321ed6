package org.chorus.corpus;

/**
 * Input that cannot be read, with the place it was found. The message is meant for the person
 * who owns the file, so it names file, line and field and carries no Java detail.
 */
public final class InvalidInputException extends RuntimeException {
  private final Rejection rejection;

  public InvalidInputException(Rejection rejection) {
    super(rejection.describe());
    this.rejection = rejection;
  }

  public InvalidInputException(String file, long line, String field, String reason) {
    this(new Rejection(file, line, field, reason, ""));
  }

  public Rejection rejection() {
    return rejection;
  }
}
