package org.chorus.corpus;

/** Receives the records a reader could not turn into posts. */
@FunctionalInterface
public interface RejectHandler {

  void reject(Rejection rejection);

  /** Stops the run at the first bad record: {@code --on-error fail}. */
  static RejectHandler failFast() {
    return r -> {
      throw new InvalidInputException(r);
    };
  }
}
