package org.chorus.narratives;

/** The training posts cannot make a model (none labelled, a single label, ...). */
public final class TrainingDataException extends RuntimeException {
  public TrainingDataException(String message) {
    super(message);
  }
}
