package org.chorus.corpus;

/** Receives the records a reader could not turn into posts. */
@FunctionalInterface
public interface RejectHandler {

  void reject(Rejection rejection);

  /**
   * A value left out of a post that was kept, such as an id rounded to floating point: set
   * aside where rejections go, for the record, but neither a rejection nor a reason to stop.
   */
  default void setAside(Rejection dropped) {}

  /** Stops the run at the first bad record: {@code --on-error fail}. */
  static RejectHandler failFast() {
    return r -> {
      throw new InvalidInputException(r);
    };
  }
}
