package org.chorus.cli;

import picocli.CommandLine.Option;

/** {@code --threads}: worker threads, checked before any work starts. */
final class ThreadsOption {
  // Past a few threads per core the work only queues, and each worker holds buffers.
  private static final int PER_CORE = 4;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: one per core).")
  Integer threads;

  int count() {
    int cores = Runtime.getRuntime().availableProcessors();
    if (threads == null) return cores;
    int max = Math.max(8, PER_CORE * cores);
    if (threads < 1 || threads > max) {
      throw new UsageException("--threads must be between 1 and " + max + " on this machine ("
          + cores + " cores): " + threads);
    }
    return threads;
  }
}
