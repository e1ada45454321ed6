package org.chorus.cli;

import picocli.CommandLine.Option;

/** {@code --quiet}: no progress lines on standard error. */
final class QuietOption {
  @Option(names = {"-q", "--quiet"}, description = "No progress on standard error.")
  boolean quiet;

  ConsoleProgress progress(String label, long total) {
    return ConsoleProgress.start(label, total, quiet);
  }
}
