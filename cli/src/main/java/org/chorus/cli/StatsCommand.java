package org.chorus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.chorus.app.Investigation;
import org.chorus.search.Count;
import org.chorus.search.IndexStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chorus stats}: what an index holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Show what an index holds: posts, accounts, languages, time range, labels.")
public final class StatsCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  private Path index;

  @Mixin private JsonOption json;

  @Override
  public Integer call() throws IOException {
    IndexStats s;
    try (Investigation investigation = Requests.open(index)) {
      s = investigation.stats();
    }
    if (json.json) printJson(System.out, s); else printTables(System.out, s);
    return ExitCode.OK;
  }

  private static void printTables(PrintStream out, IndexStats s) {
    Table t = new Table("index", "value").alignRight(1);
    t.row("posts", Table.count(s.posts()));
    t.row("accounts", Table.count(s.accounts()));
    t.row("first post", s.first() == null ? "-" : s.first());
    t.row("last post", s.last() == null ? "-" : s.last());
    t.print(out);
    Table.counts(out, "language", s.languages());
    Table.counts(out, "label", s.labels());
    Table.counts(out, "narrative", s.narratives());
  }

  private static void printJson(PrintStream out, IndexStats s) {
    JsonLines.print(out, new Totals("stats", s.posts(), s.accounts(), s.first(), s.last()));
    lines(out, "lang", s.languages());
    lines(out, "label", s.labels());
    lines(out, "narrative", s.narratives());
  }

  private static void lines(PrintStream out, String type, List<Count> counts) {
    for (Count c : counts) JsonLines.print(out, new CountLine(type, c.value(), c.count()));
  }

  record Totals(String type, long posts, long accounts, Instant first, Instant last) {}

  record CountLine(String type, String value, long count) {}
}
