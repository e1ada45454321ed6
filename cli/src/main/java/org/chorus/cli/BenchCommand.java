package org.chorus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code chorus bench}: the measured performance claims, each against a baseline. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks: indexing throughput against bare Lucene, search latency, "
        + "classification against fastText and scikit-learn.",
    subcommands = {BenchIndexCommand.class, BenchSearchCommand.class,
        BenchClassifyCommand.class})
public final class BenchCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
