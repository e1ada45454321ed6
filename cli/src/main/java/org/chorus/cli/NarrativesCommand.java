package org.chorus.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chorus.app.Annotation;
import org.chorus.app.Investigation;
import org.chorus.app.SeedRequest;
import org.chorus.app.SeedResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chorus narratives}: work on a labels file before there is a model. */
@Command(name = "narratives", mixinStandardHelpOptions = true,
    description = "Start a narrative from few labels: seed it from search queries.",
    subcommands = {CommandLine.HelpCommand.class, NarrativesCommand.Seed.class})
public final class NarrativesCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** {@code chorus narratives seed}. */
  @Command(name = "seed", mixinStandardHelpOptions = true,
      description = "Append weak labels to a labels file: each query's top hits as positives of"
          + " the narrative, a random sample of posts no query matched as negatives.")
  static final class Seed implements Callable<Integer> {
    @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
    Path index;

    @Option(names = "--labels", required = true, paramLabel = "FILE",
        description = "Labels file (JSON Lines) to append to; created if missing.")
    Path labels;

    @Option(names = "--narrative", required = true, paramLabel = "NAME",
        description = "The narrative the queries find.")
    String narrative;

    @Option(names = "--query", required = true, paramLabel = "Q",
        description = "A search query (chorus search syntax); repeat for several.")
    List<String> queries;

    @Option(names = "--hits", defaultValue = "200", paramLabel = "N",
        description = "Top hits taken from each query (default: ${DEFAULT-VALUE}).")
    int hits;

    @Option(names = "--negatives", defaultValue = "1", paramLabel = "R",
        description = "Sampled non-hits per positive (default: ${DEFAULT-VALUE}).")
    double negatives;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
        description = "Seed of the negative sample (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin JsonOption json;

    @Override
    public Integer call() throws Exception {
      SeedRequest request = Requests.check(() -> new SeedRequest(labels, narrative, queries,
          hits, negatives, seed));
      SeedResult r;
      try (Investigation inv = Requests.open(index)) {
        r = Annotation.seed(inv, request);
      }
      if (json.json) {
        JsonLines.print(System.out, r);
        return ExitCode.OK;
      }
      Table t = new Table("query", "hits").alignRight(1);
      r.queryHits().forEach((q, n) -> t.row(q, Table.count(n)));
      t.print(System.out);
      System.out.printf(Locale.ROOT, "%s: %,d weak positives, %,d weak negatives -> %s%n",
          r.narrative(), r.positives(), r.negatives(), r.labels());
      return ExitCode.OK;
    }
  }
}
