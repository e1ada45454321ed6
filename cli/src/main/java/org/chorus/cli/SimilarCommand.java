package org.chorus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chorus.dupes.SimilarFinder;
import org.chorus.index.PostIndex;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chorus similar}: the near-duplicates of one message, as an index query. */
@Command(name = "similar", mixinStandardHelpOptions = true,
    description = "Find posts that are near-duplicates of a text or of a post in the index,"
        + " most similar first.")
public final class SimilarCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory.")
  Path index;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--text", paramLabel = "TEXT", description = "The message to look for.")
    String text;

    @Option(names = "--post", paramLabel = "ID", description = "A post id in the index.")
    String post;
  }

  @Option(names = "--threshold", defaultValue = "0.6", paramLabel = "J",
      description = "Minimum Jaccard similarity (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--limit", defaultValue = "20", paramLabel = "N",
      description = "Hits shown (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "One hit per line as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (threshold <= 0 || threshold > 1) {
      throw new UsageException("--threshold must be above 0 and at most 1: " + threshold);
    }
    if (limit < 1) throw new UsageException("--limit must be at least 1");
    long start = System.nanoTime();
    List<SimilarFinder.Hit> hits;
    try (PostIndex idx = PostIndex.open(index)) {
      SimilarFinder finder = new SimilarFinder(idx.searcher());
      hits = source.post != null ? finder.similarToPost(source.post, threshold, limit)
          : finder.similarTo(source.text, threshold, limit);
    }
    if (hits == null) throw new UsageException("no post with id '" + source.post + "' in " + index);
    double ms = (System.nanoTime() - start) / 1e6;
    if (json) {
      for (SimilarFinder.Hit h : hits) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", h.postId());
        m.put("account", h.account());
        m.put("time", h.time().toString());
        m.put("similarity", Math.round(h.similarity() * 1000) / 1000.0);
        m.put("text", h.text());
        JsonLines.print(System.out, m);
      }
      return ExitCode.OK;
    }
    Table table = new Table("similarity", "post", "account", "time", "text").alignRight(0);
    for (SimilarFinder.Hit h : hits) {
      table.row(String.format(Locale.ROOT, "%.2f", h.similarity()), h.postId(), h.account(),
          h.time(), h.text());
    }
    table.print(System.out);
    System.out.printf(Locale.ROOT, "%d near-duplicates at or above %.2f%s (%.1f ms)%n",
        hits.size(), threshold, hits.size() == limit ? " shown (--limit " + limit + ")" : "", ms);
    return ExitCode.OK;
  }
}
