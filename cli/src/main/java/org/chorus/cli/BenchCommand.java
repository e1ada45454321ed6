package org.chorus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chorus bench}: the measured performance claims, each against a baseline. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks, each against a baseline measured in the same run: reading, "
        + "indexing, search latency, near-duplicates, classification against fastText and "
        + "scikit-learn.",
    subcommands = {
      ReadBenchCommand.class,
      BenchIndexCommand.class,
      BenchSearchCommand.class,
      BenchDupesCommand.class,
      BenchClassifyCommand.class,
    })
public final class BenchCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
