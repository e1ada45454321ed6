package org.chorus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chorus.app.Investigation;
import org.chorus.app.SimilarRequest;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.SimilarFinder;
import org.chorus.dupes.Similarity;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Option(names = "--threshold", paramLabel = "T",
      description = "Minimum similarity (default: " + DuplicateFinder.DEFAULT_THRESHOLD
          + " for jaccard, " + DuplicateFinder.DEFAULT_CONTAINMENT + " for containment).")
  Double threshold;

  @Option(names = "--similarity", defaultValue = "jaccard", paramLabel = "jaccard|containment",
      converter = CopyOptions.SimilarityConverter.class,
      description = "jaccard (default), or containment of the shorter text in the other"
          + " (finds copies with commentary added or cut short).")
  Similarity similarity = Similarity.JACCARD;

  @Option(names = "--limit", defaultValue = "20", paramLabel = "N",
      description = "Hits shown (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws IOException {
    double t = threshold != null ? threshold : similarity.defaultThreshold();
    SimilarRequest request = Requests.check(() -> (source.post != null
        ? SimilarRequest.toPost(source.post, t, limit)
        : SimilarRequest.toText(source.text, t, limit)).with(similarity));
    long start = System.nanoTime();
    List<SimilarFinder.Hit> hits;
    try (Investigation investigation = Requests.open(index)) {
      hits = investigation.similar(request);
    }
    double ms = (System.nanoTime() - start) / 1e6;
    if (json.json) {
      for (SimilarFinder.Hit h : hits) {
        JsonLines.print(System.out, new HitLine(h.postId(), h.account(), h.time(),
            JsonLines.round(h.similarity(), 3), h.text()));
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
        hits.size(), t, hits.size() == limit ? " shown (--limit " + limit + ")" : "", ms);
    return ExitCode.OK;
  }

  record HitLine(String id, String account, Instant time, double similarity, String text) {}
}
