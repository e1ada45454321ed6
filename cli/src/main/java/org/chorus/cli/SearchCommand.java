package org.chorus.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.chorus.app.Investigation;
import org.chorus.search.Count;
import org.chorus.search.DayCount;
import org.chorus.search.Facets;
import org.chorus.search.Hit;
import org.chorus.search.PostFilter;
import org.chorus.search.QueryLimits;
import org.chorus.search.SearchRequest;
import org.chorus.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chorus search}: a query with filters over an index, as a table or JSON Lines. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search posts with Lucene query syntax over the text; other fields by name:",
        "  'violent AND police', '\"foreign forces\"', '暴徒', 'hashtag:hk', 'lang:zh',",
        "  'time:[2019-08-01 TO 2019-08-31]', 'label:troll -lang:en', 'retweet:0',",
        "  'url:\"https://t.co/x7fq2\"' (whole links only).",
        "Filters combine with AND; a repeated filter (or a,b) means any of its values."})
public final class SearchCommand implements Callable<Integer> {
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", defaultValue = "*",
      description = "The query (default: every post).")
  private String query;

  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  private Path index;

  @Mixin private FilterOptions filters;

  @Option(names = "--sort", defaultValue = "relevance", paramLabel = "relevance|time|time-desc",
      description = "Order of hits (default: ${DEFAULT-VALUE}).")
  private String sort;

  @Option(names = "--page", defaultValue = "1", paramLabel = "N", description = "Page, from 1.")
  private int page;

  @Option(names = "--size", defaultValue = "10", paramLabel = "N", description = "Hits per page (default: ${DEFAULT-VALUE}).")
  private int size;

  @Option(names = "--no-facets", description = "Skip the facet counts.")
  private boolean noFacets;

  @Option(names = "--timeout", defaultValue = "5", paramLabel = "SECONDS",
      description = "Stop a search that runs longer than this (default: ${DEFAULT-VALUE}).")
  private double timeoutSeconds;

  @Option(names = "--json", description = "JSON Lines: one line per hit, then one per facet value.")
  private boolean json;

  @Override
  public Integer call() throws IOException {
    SearchRequest request = request();
    Investigation.Search found;
    if (!(timeoutSeconds > 0 && timeoutSeconds <= 86_400)) {
      throw new UsageException("--timeout must be above 0 and at most 86400 seconds: "
          + timeoutSeconds);
    }
    QueryLimits limits = QueryLimits.DEFAULT.withTimeout(
        Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000))));
    try (Investigation investigation = Requests.open(index, limits)) {
      found = investigation.search(request);
    }
    if (json) {
      printJson(System.out, request, found.result(), found.accountNames());
    } else {
      printTables(System.out, request, found.result(), found.accountNames());
    }
    return ExitCode.OK;
  }

  private SearchRequest request() {
    if (page < 1) throw new UsageException("--page must be 1 or more");
    if (size < 1 || size > SearchRequest.MAX_DEPTH) {
      throw new UsageException("--size must be between 1 and " + SearchRequest.MAX_DEPTH);
    }
    SearchRequest.Order order = switch (sort.toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchRequest.Order.RELEVANCE;
      case "time" -> SearchRequest.Order.TIME;
      case "time-desc" -> SearchRequest.Order.TIME_DESC;
      default -> throw new UsageException("--sort must be relevance, time or time-desc, not '"
          + sort + "'");
    };
    PostFilter filter = filters.filter(query);
    return Requests.check(() -> SearchRequest.builder(filter).order(order).page(page).size(size)
        .facets(!noFacets).build());
  }

  private static void printTables(PrintStream out, SearchRequest req, SearchResult r,
      Map<String, String> names) {
    long pages = Math.max(1, (r.total() + req.size() - 1) / req.size());
    out.printf(Locale.ROOT, "%,d posts match; page %d of %,d (%.0f ms)%n", r.total(), req.page(),
        pages, r.millis());
    if (!r.hits().isEmpty()) {
      // Labels from the data and narratives from a model are kept apart: an evaluator reading
      // the table must see which is which. The narrative column shows once a model has run.
      boolean predicted = r.hits().stream().anyMatch(h -> !h.narratives().isEmpty());
      Table hits = predicted
          ? new Table("#", "time (UTC)", "account", "lang", "score", "labels", "narratives", "text")
          : new Table("#", "time (UTC)", "account", "lang", "score", "labels", "text");
      hits.alignRight(0, 4).maxWidth(100);
      int rank = (req.page() - 1) * req.size();
      for (Hit h : r.hits()) {
        List<Object> cells = new ArrayList<>(List.of(++rank, MINUTE.format(h.time()),
            h.screenName() != null ? h.screenName() : h.account(),
            h.lang() == null ? "" : h.lang(),
            Float.isNaN(h.score()) ? "" : String.format(Locale.ROOT, "%.2f", h.score()),
            String.join(",", h.labels())));
        if (predicted) cells.add(String.join(",", h.narratives()));
        cells.add(h.snippet());
        hits.row(cells.toArray());
      }
      out.println();
      hits.print(out);
    }
    if (!req.facets()) return;
    Facets f = r.facets();
    Table.counts(out, "account", f.accounts().stream()
        .map(c -> new Count(names.getOrDefault(c.value(), c.value()), c.count())).toList());
    Table.counts(out, "hashtag", f.hashtags());
    Table.counts(out, "language", f.languages());
    Table.counts(out, "label", f.labels());
    Table.counts(out, "narrative", f.narratives());
    perDay(out, f.perDay());
  }

  // Hundreds of days make an unreadable table: past 62 days, a table shows months.
  private static void perDay(PrintStream out, List<DayCount> days) {
    if (days.isEmpty()) return;
    Table t;
    if (days.size() <= 62) {
      t = new Table("day", "posts").alignRight(1);
      for (DayCount d : days) t.row(d.day(), Table.count(d.count()));
    } else {
      Map<String, Long> months = new TreeMap<>();
      for (DayCount d : days) months.merge(d.day().toString().substring(0, 7), d.count(), Long::sum);
      t = new Table("month", "posts").alignRight(1);
      months.forEach((m, n) -> t.row(m, Table.count(n)));
    }
    out.println();
    t.print(out);
  }

  private static void printJson(PrintStream out, SearchRequest req, SearchResult r,
      Map<String, String> names) {
    int rank = (req.page() - 1) * req.size();
    for (Hit h : r.hits()) {
      JsonLines.print(out, new HitLine("hit", ++rank, h.id(), h.account(), h.screenName(),
          h.time(), h.lang(), Float.isNaN(h.score()) ? null : h.score(), h.snippet(), h.text(),
          h.labels(), h.narratives()));
    }
    Facets f = r.facets();
    for (Count c : f.accounts()) {
      JsonLines.print(out, new AccountLine("facet", "account", c.value(), names.get(c.value()),
          c.count()));
    }
    facetJson(out, "hashtag", f.hashtags());
    facetJson(out, "lang", f.languages());
    facetJson(out, "label", f.labels());
    facetJson(out, "narrative", f.narratives());
    for (DayCount d : f.perDay()) JsonLines.print(out, new DayLine("day", d.day(), d.count()));
    JsonLines.print(out, new TotalLine("total", r.total(), req.page(), req.size(),
        JsonLines.round(r.millis(), 1)));
  }

  private static void facetJson(PrintStream out, String facet, List<Count> counts) {
    for (Count c : counts) {
      JsonLines.print(out, new FacetLine("facet", facet, c.value(), c.count()));
    }
  }

  record HitLine(String type, int rank, String id, String account,
      @JsonProperty("screen_name") String screenName, Instant time, String lang, Float score,
      String snippet, String text, List<String> labels, List<String> narratives) {}

  record AccountLine(String type, String facet, String value, String name, long count) {}

  record FacetLine(String type, String facet, String value, long count) {}

  record DayLine(String type, LocalDate day, long count) {}

  record TotalLine(String type, long total, int page, int size, double millis) {}
}
