package org.chorus.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chorus.index.PostIndex;
import org.chorus.search.PostSearcher;
import org.chorus.search.SearchRequest;
import org.chorus.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code chorus bench search}: latency of a fixed set of typical analyst queries (words,
 * phrases, Russian, field queries, filters, sorting, all with facets and highlights), after
 * warm-up rounds, on one open index as a long-running service would see it.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Search latency (median, p90) over typical queries with filters and facets.")
public final class SearchBench implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  private Path index;

  @Option(names = "--warmup", defaultValue = "5", paramLabel = "N",
      description = "Untimed rounds over all queries first (default: ${DEFAULT-VALUE}).")
  private int warmup;

  @Option(names = "--rounds", defaultValue = "20", paramLabel = "N",
      description = "Timed rounds over all queries (default: ${DEFAULT-VALUE}).")
  private int rounds;

  @Option(names = "--json", description = "Print the results as JSON Lines.")
  private boolean json;

  /** The typical queries: what an analyst types, with the facets the table shows. */
  static List<SearchRequest> queries() {
    return List.of(
        SearchRequest.builder("trump").build(),
        SearchRequest.builder("violent").build(),
        SearchRequest.builder("\"fake news\"").build(),
        SearchRequest.builder("police AND (shooting OR violence)").build(),
        SearchRequest.builder("hashtag:maga").build(),
        SearchRequest.builder("россия").build(),
        SearchRequest.builder("obama").langs(List.of("en"))
            .from(java.time.Instant.parse("2016-01-01T00:00:00Z"))
            .to(java.time.Instant.parse("2017-01-01T00:00:00Z")).build(),
        SearchRequest.builder("hillary").order(SearchRequest.Order.TIME_DESC).build(),
        SearchRequest.builder("black lives matter").labels(List.of("LeftTroll")).build(),
        SearchRequest.builder("immigra*").page(2).build(),
        SearchRequest.builder("muslim -lang:ru").hashtags(List.of("news")).build(),
        SearchRequest.builder("election hack*").order(SearchRequest.Order.TIME).build());
  }

  @Override
  public Integer call() throws IOException {
    if (rounds < 1) throw new ParameterException(spec.commandLine(), "--rounds must be 1 or more");
    List<SearchRequest> queries = queries();
    try (PostIndex idx = PostIndex.open(index)) {
      PostSearcher searcher = new PostSearcher(idx);
      long coldStart = System.nanoTime();
      SearchResult first = searcher.search(queries.get(0));
      double cold = (System.nanoTime() - coldStart) / 1e6;
      for (int r = 0; r < warmup; r++) {
        for (SearchRequest q : queries) searcher.search(q);
      }
      java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
      double[][] millis = new double[queries.size()][rounds];
      double[] cpuMillis = new double[queries.size() * rounds];
      long[] totals = new long[queries.size()];
      for (int r = 0; r < rounds; r++) {
        for (int q = 0; q < queries.size(); q++) {
          long cpu = threads.getCurrentThreadCpuTime();
          long t = System.nanoTime();
          SearchResult res = searcher.search(queries.get(q));
          millis[q][r] = (System.nanoTime() - t) / 1e6;
          cpuMillis[r * queries.size() + q] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
          totals[q] = res.total();
        }
      }
      print(System.out, idx.size(), queries, millis, cpuMillis, totals, cold, first.total());
    }
    return 0;
  }

  private void print(PrintStream out, long posts, List<SearchRequest> queries, double[][] millis,
      double[] cpuMillis, long[] totals, double cold, long coldTotal) {
    List<Double> all = new ArrayList<>();
    for (double[] q : millis) for (double m : q) all.add(m);
    double[] flat = all.stream().mapToDouble(Double::doubleValue).toArray();
    if (json) {
      for (int q = 0; q < queries.size(); q++) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "query");
        m.put("query", describe(queries.get(q)));
        m.put("hits", totals[q]);
        m.put("median_ms", round(Percentiles.percentile(millis[q], 50)));
        m.put("p90_ms", round(Percentiles.percentile(millis[q], 90)));
        Report.json(out, m);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "overall");
      m.put("posts", posts);
      m.put("queries", queries.size());
      m.put("rounds", rounds);
      m.put("median_ms", round(Percentiles.percentile(flat, 50)));
      m.put("p90_ms", round(Percentiles.percentile(flat, 90)));
      m.put("cpu_median_ms", round(Percentiles.percentile(cpuMillis, 50)));
      m.put("cpu_p90_ms", round(Percentiles.percentile(cpuMillis, 90)));
      m.put("first_query_cold_ms", round(cold));
      Report.json(out, m);
      return;
    }
    Report.Table t = new Report.Table("query", "hits", "median ms", "p90 ms");
    for (int q = 0; q < queries.size(); q++) {
      t.row(describe(queries.get(q)), Report.count(totals[q]),
          fmt(Percentiles.percentile(millis[q], 50)), fmt(Percentiles.percentile(millis[q], 90)));
    }
    t.print(out);
    out.printf(Locale.ROOT, "%nall %d queries x %d rounds on %,d posts: median %s ms, p90 %s ms"
        + " (first query, cold: %s ms for %,d hits)%n", queries.size(), rounds, posts,
        fmt(Percentiles.percentile(flat, 50)), fmt(Percentiles.percentile(flat, 90)), fmt(cold), coldTotal);
    out.printf(Locale.ROOT, "cpu time per query (robust on a busy machine): median %s ms, p90 %s ms%n",
        fmt(Percentiles.percentile(cpuMillis, 50)), fmt(Percentiles.percentile(cpuMillis, 90)));
  }

  static String describe(SearchRequest r) {
    StringBuilder sb = new StringBuilder(r.query());
    if (!r.filter().langs().isEmpty()) sb.append(" --lang ").append(String.join(",", r.filter().langs()));
    if (!r.filter().labels().isEmpty()) sb.append(" --label ").append(String.join(",", r.filter().labels()));
    if (!r.filter().hashtags().isEmpty()) sb.append(" --hashtag ").append(String.join(",", r.filter().hashtags()));
    if (r.filter().from() != null) sb.append(" --from ").append(r.filter().from().toString(), 0, 10);
    if (r.filter().to() != null) sb.append(" --to ").append(r.filter().to().toString(), 0, 10);
    if (r.order() != SearchRequest.Order.RELEVANCE) {
      sb.append(" --sort ").append(r.order().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    if (r.page() > 1) sb.append(" --page ").append(r.page());
    return sb.toString();
  }

  private static String fmt(double ms) {
    return String.format(Locale.ROOT, "%.1f", ms);
  }

  private static double round(double ms) {
    return Math.round(ms * 10) / 10.0;
  }
}
