package org.chorus.corpus;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

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

  /**
   * A file that cannot be opened for reading, the reason in words: the system's own message is
   * the bare path.
   */
  public static InvalidInputException cannotRead(Path file, FileSystemException e) {
    String reason = e instanceof NoSuchFileException ? "no such file"
        : e instanceof AccessDeniedException ? "cannot read: permission denied"
        : "cannot read: " + (e.getReason() != null ? e.getReason() : e.getClass().getSimpleName());
    return new InvalidInputException(file.toString(), 0, null, reason);
  }

  public Rejection rejection() {
    return rejection;
  }
}
