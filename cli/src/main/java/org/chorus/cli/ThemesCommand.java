package org.chorus.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.chorus.corpus.Post;
import org.chorus.index.PostIndex;
import org.chorus.index.Schema;
import org.chorus.narratives.Theme;
import org.chorus.narratives.ThemeFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chorus themes}: clusters an index's posts (or one narrative's) into themes. */
@Command(name = "themes", mixinStandardHelpOptions = true,
    description = "Cluster posts into themes (Smile sequential information bottleneck over"
        + " TF-IDF words): top terms, representative posts, top accounts, posts per day.")
public final class ThemesCommand implements Callable<Integer> {

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  private Path indexDir;

  @Option(names = "--label", paramLabel = "L",
      description = "Only posts labelled with this narrative (chorus label --index).")
  private String label;

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

  @Option(names = "--json", description = "One JSON object per theme.")
  private boolean json;

  @Option(names = "--quiet", description = "No progress on standard error.")
  private boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (k < 1 || k > 200) throw new UsageException("--k must be between 1 and 200");
    if (maxPosts < 1) throw new UsageException("--max-posts must be at least 1");
    List<Post> posts = new ArrayList<>();
    Map<String, Post> byId = new HashMap<>();
    try (PostIndex index = PostIndex.open(indexDir);
        ConsoleProgress progress = ConsoleProgress.start("read", -1, quiet)) {
      Query q = label == null ? new MatchAllDocsQuery()
          : new TermQuery(new Term(Schema.NARRATIVE, label));
      int matching = index.searcher().count(q);
      long stride = Math.max(1, (matching + maxPosts - 1) / maxPosts);
      long[] seen = {0};
      index.forEach(q, ip -> {
        if (seen[0]++ % stride == 0) {
          posts.add(ip.post());
          byId.put(ip.post().id(), ip.post());
        }
        progress.advance(1);
      });
    }
    if (posts.isEmpty()) {
      throw new UsageException(label == null ? "the index holds no posts"
          : "no post in the index is labelled '" + label + "' (run chorus label --index first?)");
    }
    List<Theme> themes = new ThemeFinder(k, terms, examples, seed).find(posts);
    print(System.out, themes, byId, posts.size());
    return ExitCode.OK;
  }

  private void print(PrintStream out, List<Theme> themes, Map<String, Post> byId, int n) {
    if (json) {
      for (Theme t : themes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "theme");
        m.put("theme", t.id());
        m.put("posts", t.size());
        m.put("top_terms", t.topTerms());
        List<Map<String, Object>> reps = new ArrayList<>();
        for (String id : t.representativeIds()) {
          Post p = byId.get(id);
          reps.add(Map.of("id", id, "account", p.account().id(), "text", p.text()));
        }
        m.put("representative_posts", reps);
        m.put("top_accounts", t.topAccounts());
        Map<String, Integer> days = new LinkedHashMap<>();
        t.postsPerDay().forEach((d, c) -> days.put(d.toString(), c));
        m.put("posts_per_day", days);
        JsonLines.print(out, m);
      }
      return;
    }
    out.printf(Locale.ROOT, "%d themes over %,d posts%s%n", themes.size(), n,
        label == null ? "" : " labelled " + label);
    for (Theme t : themes) {
      out.println();
      out.printf(Locale.ROOT, "theme %d: %,d posts (%.1f%%)%n", t.id(), t.size(),
          100.0 * t.size() / n);
      out.println("  terms:    " + String.join(", ", t.topTerms()));
      List<String> accounts = new ArrayList<>();
      t.topAccounts().forEach((a, c) -> accounts.add(a + " (" + c + ")"));
      out.println("  accounts: " + String.join(", ", accounts));
      out.println("  per day:  " + perDay(t));
      Table reps = new Table("post", "account", "text").maxWidth(100);
      for (String id : t.representativeIds()) {
        Post p = byId.get(id);
        reps.row(id, p.account().id(), p.text());
      }
      reps.print(out);
    }
  }

  /** The busiest days, as a short line; all days are in --json. */
  private static String perDay(Theme t) {
    List<String> parts = new ArrayList<>();
    t.postsPerDay().entrySet().stream()
        .sorted(Map.Entry.<java.time.LocalDate, Integer>comparingByValue().reversed())
        .limit(5).forEach(e -> parts.add(e.getKey() + ": " + e.getValue()));
    return String.join(", ", parts) + (t.postsPerDay().size() > 5
        ? String.format(Locale.ROOT, " (busiest 5 of %d days)", t.postsPerDay().size()) : "");
  }
}
