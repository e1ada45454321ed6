package org.chorus.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chorus.app.Narratives;
import org.chorus.app.ThemeReport;
import org.chorus.app.ThemesRequest;
import org.chorus.app.ThemesResult;
import org.chorus.search.PostFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chorus themes}: clusters an index's posts (or one narrative's) into themes. */
@Command(name = "themes", mixinStandardHelpOptions = true,
    description = "Cluster posts into themes (near-duplicate copies collapsed to one text, Smile"
        + " sequential information bottleneck over TF-IDF words without stop words, top terms by"
        + " class-based TF-IDF): top terms, representative posts, campaigns, accounts,"
        + " languages, posts per day.")
public final class ThemesCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  private Path indexDir;

  @Mixin private QueryOption selection;

  @Option(names = "--k", defaultValue = "8", paramLabel = "K",
      description = "Number of themes (default: ${DEFAULT-VALUE}).")
  private int k;

  @Option(names = "--terms", defaultValue = "8", paramLabel = "N", description = "Top terms per theme.")
  private int terms;

  @Option(names = "--examples", defaultValue = "3", paramLabel = "N",
      description = "Representative posts per theme.")
  private int examples;

  @Option(names = "--max-posts", defaultValue = "50000", paramLabel = "N",
      description = "Cluster an evenly spread sample of at most N posts (default: ${DEFAULT-VALUE}).")
  private int maxPosts;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S")
  private long seed;

  @Option(names = "--assignments", paramLabel = "FILE",
      description = "Write every selected post's theme as JSON Lines {id, theme, copies}"
          + " (theme null: no readable term), replaced whole or not at all.")
  private Path assignments;

  @Option(names = "--keep-copies", description = "Cluster every near-duplicate copy instead of"
      + " each group once (for comparison; a large campaign then pulls a theme to itself).")
  private boolean keepCopies;

  @Mixin private JsonOption json;
  @Mixin private QuietOption quiet;

  @Override
  public Integer call() throws Exception {
    PostFilter filter = selection.filter();
    ThemesResult result;
    try (ConsoleProgress progress = quiet.progress("read", -1)) {
      result = Narratives.themes(new ThemesRequest(indexDir, filter, k, terms, examples,
          maxPosts, seed, assignments, !keepCopies), progress);
    }
    if (result.posts() == 0) {
      throw new UsageException(filter.isAll() ? "the index holds no posts"
          : "no post in the index matches the filter (filtering by --narrative? run chorus"
              + " label --index first)");
    }
    if (json.json) {
      result.themes().forEach(t -> JsonLines.print(System.out, t));
    } else {
      print(System.out, result, filter);
    }
    return ExitCode.OK;
  }

  private void print(PrintStream out, ThemesResult result, PostFilter filter) {
    int n = result.posts();
    out.printf(Locale.ROOT, "%d themes over %,d posts%s: %,d distinct texts clustered,"
        + " %,d posts in %,d near-duplicate groups counted once, %,d posts without a readable"
        + " term%n", result.themes().size(), n, filter.isAll() ? "" : " selected by the filter",
        result.clustered(), result.collapsedPosts(), result.copyGroups(), result.unassigned());
    for (ThemeReport t : result.themes()) {
      out.println();
      out.printf(Locale.ROOT, "theme %d: %,d posts (%.1f%%), %,d distinct texts clustered%n",
          t.theme(), t.posts(), 100.0 * t.posts() / n, t.texts());
      out.println("  terms:    " + String.join(", ", t.topTerms()));
      List<String> accounts = new ArrayList<>();
      t.topAccounts().forEach((a, c) -> accounts.add(a + " (" + c + ")"));
      out.println("  accounts: " + String.join(", ", accounts));
      out.println("  per day:  " + perDay(t));
      List<String> langs = new ArrayList<>();
      t.languages().forEach((l, c) -> langs.add(String.format(Locale.ROOT, "%s %.0f%%", l,
          100.0 * c / Math.max(1, t.posts()))));
      out.println("  languages: " + String.join(", ", langs));
      for (ThemeReport.Copies c : t.copies()) {
        out.printf(Locale.ROOT, "  copies:   %,d posts like %s: %s%n", c.posts(), c.id(),
            oneLine(c.text(), 80));
      }
      Table reps = new Table("post", "account", "text").maxWidth(100);
      for (ThemeReport.Representative p : t.representativePosts()) {
        reps.row(p.id(), p.account(), p.text());
      }
      reps.print(out);
    }
  }

  /** The busiest days, as a short line; all days are in --json. */
  private static String perDay(ThemeReport t) {
    List<String> parts = new ArrayList<>();
    t.postsPerDay().entrySet().stream()
        .sorted(Map.Entry.<LocalDate, Integer>comparingByValue().reversed())
        .limit(5).forEach(e -> parts.add(e.getKey() + ": " + e.getValue()));
    return String.join(", ", parts) + (t.postsPerDay().size() > 5
        ? String.format(Locale.ROOT, " (busiest 5 of %d days)", t.postsPerDay().size()) : "");
  }

  private static String oneLine(String text, int max) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.codePointCount(0, line.length()) <= max ? line
        : line.substring(0, line.offsetByCodePoints(0, max)) + "…";
  }
}
