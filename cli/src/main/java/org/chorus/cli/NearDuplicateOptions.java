package org.chorus.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.chorus.corpus.Times;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.RetweetMode;
import org.chorus.index.PostAnalyzer;
import org.chorus.index.Schema;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** Options shared by {@code chorus dupes} and {@code chorus network}: which posts, how similar. */
public final class NearDuplicateOptions {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory.")
  Path index;

  @Option(names = "--threshold", defaultValue = "0.6", paramLabel = "J",
      description = "Minimum Jaccard similarity of word sets (CJK: characters) to the cluster's"
          + " representative, after removing links, mentions, RT prefixes, case, punctuation"
          + " and emoji (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--min-accounts", defaultValue = "2", paramLabel = "N",
      description = "Report clusters with at least N distinct accounts (default: ${DEFAULT-VALUE}).")
  int minAccounts;

  @Option(names = "--from", paramLabel = "TIME", description = "Only posts at or after TIME.")
  String from;

  @Option(names = "--to", paramLabel = "TIME", description = "Only posts before TIME.")
  String to;

  @Option(names = "--query", paramLabel = "QUERY",
      description = "Only posts matching this search (Lucene syntax, e.g. 'hongkong AND police').")
  String query;

  @Option(names = "--retweets", defaultValue = "exclude", paramLabel = "exclude|include|only",
      converter = RetweetConverter.class,
      description = "Retweets are not copy-paste: left out (default), mixed in, or studied alone.")
  RetweetMode retweets = RetweetMode.EXCLUDE;

  @Option(names = "--min-words", defaultValue = "3", paramLabel = "N",
      description = "Ignore posts with fewer distinct words (default: ${DEFAULT-VALUE}).")
  int minWords;

  DuplicateFinder.Options finderOptions(Duration window) {
    if (threshold <= 0 || threshold > 1) {
      throw new UsageException("--threshold must be above 0 and at most 1: " + threshold);
    }
    if (minAccounts < 1) throw new UsageException("--min-accounts must be at least 1");
    return new DuplicateFinder.Options(threshold, minAccounts, window, filter(), retweets,
        minWords);
  }

  /** The --query, --from and --to restrictions as one Lucene query, or null for none. */
  Query filter() {
    List<Query> clauses = new ArrayList<>();
    if (query != null && !query.isBlank()) {
      try {
        QueryParser parser = new QueryParser(Schema.TEXT, new PostAnalyzer());
        parser.setDefaultOperator(QueryParser.Operator.AND);
        clauses.add(parser.parse(query));
      } catch (ParseException e) {
        throw new UsageException("bad --query '" + query + "': " + firstLine(e.getMessage()));
      }
    }
    if (from != null || to != null) {
      long lo = from == null ? Long.MIN_VALUE : time("--from", from).toEpochMilli();
      long hi = to == null ? Long.MAX_VALUE : time("--to", to).toEpochMilli() - 1;
      clauses.add(LongPoint.newRangeQuery(Schema.TIME, lo, hi));
    }
    if (clauses.isEmpty()) return null;
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : clauses) b.add(q, BooleanClause.Occur.FILTER);
    return b.build();
  }

  private static Instant time(String option, String text) {
    Instant t = Times.parse(text);
    if (t == null) {
      throw new UsageException(option + ": cannot read time '" + text
          + "' (use e.g. 2019-08-12, 2019-08-12T03:00:00Z or 2019-08-12 03:00)");
    }
    return t;
  }

  private static String firstLine(String s) {
    int nl = s == null ? -1 : s.indexOf('\n');
    return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
  }

  /** "10m", "1h", "90s", "2d", "500ms"; "0" or "none" for no window. */
  static Duration parseWindow(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("none") || t.equals("0")) return null;
    int i = 0;
    while (i < t.length() && Character.isDigit(t.charAt(i))) i++;
    if (i == 0 || i == t.length()) throw badWindow(text);
    long n = Long.parseLong(t.substring(0, i));
    switch (t.substring(i)) {
      case "ms": return Duration.ofMillis(n);
      case "s": return Duration.ofSeconds(n);
      case "m": case "min": return Duration.ofMinutes(n);
      case "h": return Duration.ofHours(n);
      case "d": return Duration.ofDays(n);
      default: throw badWindow(text);
    }
  }

  private static UsageException badWindow(String text) {
    return new UsageException("bad window '" + text + "': use e.g. 90s, 10m, 1h, 2d or none");
  }

  /** Formats a window back the way it was given ("10m"). */
  static String formatWindow(Duration w) {
    if (w == null) return "none";
    long ms = w.toMillis();
    if (ms % 86_400_000 == 0) return ms / 86_400_000 + "d";
    if (ms % 3_600_000 == 0) return ms / 3_600_000 + "h";
    if (ms % 60_000 == 0) return ms / 60_000 + "m";
    if (ms % 1000 == 0) return ms / 1000 + "s";
    return ms + "ms";
  }

  static final class RetweetConverter implements ITypeConverter<RetweetMode> {
    @Override
    public RetweetMode convert(String value) {
      try {
        return RetweetMode.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UsageException("--retweets must be exclude, include or only: " + value);
      }
    }
  }
}
