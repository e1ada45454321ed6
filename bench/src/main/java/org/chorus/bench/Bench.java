package org.chorus.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The benchmarks, each against a baseline measured in the same run. Runs on its own
 * ({@code java -cp chorus.jar org.chorus.bench.Bench index ...}) or as {@code chorus bench}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks, each against a baseline measured in the same run: reading, "
        + "indexing, search latency, near-duplicates, classification against fastText and "
        + "scikit-learn; the workbench under concurrent clients.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ReadBench.class,
      IndexBench.class,
      SearchBench.class,
      DupesBench.class,
      DisguiseBench.class,
      SignificanceBench.class,
      ClassifyBench.class,
      ThemesBench.class,
      AnnotateBench.class,
      ServeBench.class,
      AccountsBench.class,
    })
public final class Bench implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Bench()).execute(args));
  }
}
