package org.chorus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.chorus.corpus.Times;
import org.chorus.index.PostIndex;
import org.chorus.search.AccountNames;
import org.chorus.search.Count;
import org.chorus.search.DayCount;
import org.chorus.search.Facets;
import org.chorus.search.Hit;
import org.chorus.search.PostSearcher;
import org.chorus.search.QuerySyntaxException;
import org.chorus.search.SearchRequest;
import org.chorus.search.SearchResult;
import picocli.CommandLine.Command;
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

  @Option(names = "--account", split = ",", paramLabel = "ID", description = "Account id(s).")
  private List<String> accounts = new ArrayList<>();

  @Option(names = "--from", paramLabel = "TIME",
      description = "From this date or time, included (UTC), e.g. 2019-08-01.")
  private String from;

  @Option(names = "--to", paramLabel = "TIME",
      description = "Up to this date (the whole day included) or time (excluded), UTC.")
  private String to;

  @Option(names = "--lang", split = ",", paramLabel = "CODE", description = "Language(s): en, zh, ru...")
  private List<String> langs = new ArrayList<>();

  @Option(names = "--hashtag", split = ",", paramLabel = "TAG", description = "Hashtag(s), with or without #.")
  private List<String> hashtags = new ArrayList<>();

  @Option(names = "--label", split = ",", paramLabel = "LABEL", description = "Label(s) from the data.")
  private List<String> labels = new ArrayList<>();

  @Option(names = "--narrative", split = ",", paramLabel = "NAME",
      description = "Predicted narrative(s) (chorus label --index).")
  private List<String> narratives = new ArrayList<>();

  @Option(names = "--sort", defaultValue = "relevance", paramLabel = "relevance|time|time-desc",
      description = "Order of hits (default: ${DEFAULT-VALUE}).")
  private String sort;

  @Option(names = "--page", defaultValue = "1", paramLabel = "N", description = "Page, from 1.")
  private int page;

  @Option(names = "--size", defaultValue = "10", paramLabel = "N", description = "Hits per page (default: ${DEFAULT-VALUE}).")
  private int size;

  @Option(names = "--no-facets", description = "Skip the facet counts.")
  private boolean noFacets;

  @Option(names = "--json", description = "JSON Lines: one line per hit, then one per facet value.")
  private boolean json;

  @Override
  public Integer call() throws IOException {
    SearchRequest request = request();
    try (PostIndex idx = IndexDir.open(index)) {
      SearchResult result;
      try {
        result = new PostSearcher(idx).search(request);
      } catch (QuerySyntaxException e) {
        throw new UsageException(e.getMessage());
      }
      Map<String, String> names = new LinkedHashMap<>();
      for (Count c : result.facets().accounts()) {
        names.put(c.value(), AccountNames.displayName(idx, c.value()));
      }
      if (json) {
        printJson(System.out, request, result, names);
      } else {
        printTables(System.out, request, result, names);
      }
    }
    return ExitCode.OK;
  }

  private SearchRequest request() {
    if (page < 1) throw new UsageException("--page must be 1 or more");
    if (size < 1 || size > 10_000) throw new UsageException("--size must be between 1 and 10000");
    SearchRequest.Order order = switch (sort.toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchRequest.Order.RELEVANCE;
      case "time" -> SearchRequest.Order.TIME;
      case "time-desc" -> SearchRequest.Order.TIME_DESC;
      default -> throw new UsageException("--sort must be relevance, time or time-desc, not '" + sort + "'");
    };
    try {
      return SearchRequest.builder(query).accounts(accounts).langs(langs).hashtags(hashtags)
          .labels(labels).narratives(narratives).from(time("--from", from, false))
          .to(time("--to", to, true)).order(order).page(page).size(size).facets(!noFacets)
          .build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** A date is a whole UTC day: --from starts it, --to includes it. */
  static Instant time(String option, String value, boolean end) {
    if (value == null) return null;
    try {
      LocalDate day = LocalDate.parse(value.strip());
      return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException notADate) {
      Instant t = Times.parse(value);
      if (t == null) {
        throw new UsageException(option + " '" + value + "' is not a date (2019-08-01) or time"
            + " (2019-08-01T12:00:00Z)");
      }
      return t;
    }
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
    facet(out, "account", f.accounts().stream()
        .map(c -> new Count(names.getOrDefault(c.value(), c.value()), c.count())).toList());
    facet(out, "hashtag", f.hashtags());
    facet(out, "language", f.languages());
    facet(out, "label", f.labels());
    facet(out, "narrative", f.narratives());
    perDay(out, f.perDay());
  }

  private static void facet(PrintStream out, String name, List<Count> counts) {
    if (counts.isEmpty()) return;
    Table t = new Table(name, "posts").alignRight(1);
    for (Count c : counts) t.row(c.value(), IndexCommand.count(c.count()));
    out.println();
    t.print(out);
  }

  // Hundreds of days make an unreadable table: past 62 days, a table shows months.
  private static void perDay(PrintStream out, List<DayCount> days) {
    if (days.isEmpty()) return;
    Table t;
    if (days.size() <= 62) {
      t = new Table("day", "posts").alignRight(1);
      for (DayCount d : days) t.row(d.day(), IndexCommand.count(d.count()));
    } else {
      Map<String, Long> months = new TreeMap<>();
      for (DayCount d : days) months.merge(d.day().toString().substring(0, 7), d.count(), Long::sum);
      t = new Table("month", "posts").alignRight(1);
      months.forEach((m, n) -> t.row(m, IndexCommand.count(n)));
    }
    out.println();
    t.print(out);
  }

  private static void printJson(PrintStream out, SearchRequest req, SearchResult r,
      Map<String, String> names) {
    int rank = (req.page() - 1) * req.size();
    for (Hit h : r.hits()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "hit");
      m.put("rank", ++rank);
      m.put("id", h.id());
      m.put("account", h.account());
      m.put("screen_name", h.screenName());
      m.put("time", h.time().toString());
      m.put("lang", h.lang());
      m.put("score", Float.isNaN(h.score()) ? null : h.score());
      m.put("snippet", h.snippet());
      m.put("text", h.text());
      m.put("labels", h.labels());
      m.put("narratives", h.narratives());
      JsonLines.print(out, m);
    }
    Facets f = r.facets();
    for (Count c : f.accounts()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "facet");
      m.put("facet", "account");
      m.put("value", c.value());
      m.put("name", names.get(c.value()));
      m.put("count", c.count());
      JsonLines.print(out, m);
    }
    facetJson(out, "hashtag", f.hashtags());
    facetJson(out, "lang", f.languages());
    facetJson(out, "label", f.labels());
    facetJson(out, "narrative", f.narratives());
    for (DayCount d : f.perDay()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "day");
      m.put("day", d.day().toString());
      m.put("count", d.count());
      JsonLines.print(out, m);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "total");
    m.put("total", r.total());
    m.put("page", req.page());
    m.put("size", req.size());
    m.put("millis", Math.round(r.millis() * 10) / 10.0);
    JsonLines.print(out, m);
  }

  private static void facetJson(PrintStream out, String facet, List<Count> counts) {
    for (Count c : counts) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("type", "facet");
      m.put("facet", facet);
      m.put("value", c.value());
      m.put("count", c.count());
      JsonLines.print(out, m);
    }
  }
}
