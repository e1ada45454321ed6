package org.chorus.app;

/**
 * How long work reports how far it has come. Operations call it from their worker threads, so
 * implementations must be thread-safe; the command line draws it on standard error, the web
 * server and batch jobs may ignore it.
 */
public interface Progress {
  /** Ignores everything. */
  Progress NONE = units -> {};

  /** Adds {@code units} (posts, pairs, folds...) to the work done. */
  void advance(long units);
}
