package org.chorus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chorus.index.PostIndex;
import org.chorus.search.Count;
import org.chorus.search.IndexStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chorus stats}: what an index holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Show what an index holds: posts, accounts, languages, time range, labels.")
public final class StatsCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  private Path index;

  @Option(names = "--json", description = "JSON Lines: the totals, then one line per value.")
  private boolean json;

  @Override
  public Integer call() throws IOException {
    IndexStats s;
    try (PostIndex idx = IndexDir.open(index)) {
      s = IndexStats.of(idx);
    }
    if (json) printJson(System.out, s); else printTables(System.out, s);
    return ExitCode.OK;
  }

  private static void printTables(PrintStream out, IndexStats s) {
    Table t = new Table("index", "value").alignRight(1);
    t.row("posts", IndexCommand.count(s.posts()));
    t.row("accounts", IndexCommand.count(s.accounts()));
    t.row("first post", s.first() == null ? "-" : s.first());
    t.row("last post", s.last() == null ? "-" : s.last());
    t.print(out);
    table(out, "language", s.languages());
    table(out, "label", s.labels());
    table(out, "narrative", s.narratives());
  }

  private static void table(PrintStream out, String name, List<Count> counts) {
    if (counts.isEmpty()) return;
    Table t = new Table(name, "posts").alignRight(1);
    for (Count c : counts) t.row(c.value(), IndexCommand.count(c.count()));
    out.println();
    t.print(out);
  }

  private static void printJson(PrintStream out, IndexStats s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "stats");
    m.put("posts", s.posts());
    m.put("accounts", s.accounts());
    m.put("first", s.first() == null ? null : s.first().toString());
    m.put("last", s.last() == null ? null : s.last().toString());
    JsonLines.print(out, m);
    lines(out, "lang", s.languages());
    lines(out, "label", s.labels());
    lines(out, "narrative", s.narratives());
  }

  private static void lines(PrintStream out, String type, List<Count> counts) {
    for (Count c : counts) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", type);
      m.put("value", c.value());
      m.put("count", c.count());
      JsonLines.print(out, m);
    }
  }
}
