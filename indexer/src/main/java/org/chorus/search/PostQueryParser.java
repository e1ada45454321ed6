package org.chorus.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.chorus.corpus.Times;
import org.chorus.index.PostAnalyzer;
import org.chorus.index.PostDocuments;
import org.chorus.index.Schema;

/**
 * Lucene's classic query syntax over the post text, with the exact fields matched the way they
 * were indexed ({@code hashtag:#HK} is {@code hashtag:hk}) and {@code time} taking dates
 * ({@code time:2019-08-12}, {@code time:[2019-08-01 TO 2019-09-01}}). Not thread-safe: one per
 * search.
 */
final class PostQueryParser extends QueryParser {
  static final Set<String> EXACT_FIELDS = Set.of(Schema.ID, Schema.ACCOUNT, Schema.SCREEN_NAME,
      Schema.LANG, Schema.HASHTAG, Schema.URL, Schema.MENTION, Schema.RETWEET, Schema.RETWEET_OF,
      Schema.REPLY_TO, Schema.QUOTE_OF, Schema.LABEL, Schema.NARRATIVE);

  public PostQueryParser() {
    super(Schema.TEXT, new PostAnalyzer());
    // A Chinese word is several bigrams: they must be adjacent, not just anywhere in the post.
    setSplitOnWhitespace(true);
    setAutoGeneratePhraseQueries(true);
    setAllowLeadingWildcard(false);
  }

  /** Parses {@code text}; blank or {@code *} is every post. */
  public static Query parseQuery(String text) {
    if (text == null || text.isBlank() || text.strip().equals("*")) return new MatchAllDocsQuery();
    QueryShape.checkDepth(text, QueryLimits.DEFAULT);
    Query parsed;
    try {
      parsed = matchAllIfOnlyNegated(new PostQueryParser().parse(text));
    } catch (ParseException e) {
      if (e.getCause() instanceof IndexSearcher.TooManyClauses) throw tooManyClauses();
      throw new QuerySyntaxException("bad query " + quoted(text) + ": " + firstLine(e.getMessage()));
    } catch (QuerySyntaxException | QueryLimitException e) {
      throw e;
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses();
    } catch (RuntimeException e) {
      // the generated parser reports some errors as TokenMgrError or IllegalArgumentException
      throw new QuerySyntaxException("bad query " + quoted(text) + ": " + firstLine(String.valueOf(e.getMessage())));
    } catch (Error e) {
      if (!e.getClass().getSimpleName().equals("TokenMgrError")) throw e;
      throw new QuerySyntaxException("bad query " + quoted(text) + ": " + firstLine(e.getMessage()));
    }
    QueryShape.check(parsed, QueryLimits.DEFAULT);
    return parsed;
  }

  private static QueryLimitException tooManyClauses() {
    return new QueryLimitException("the query has more than " + IndexSearcher.getMaxClauseCount()
        + " clauses");
  }

  // A message names the query, but a pasted page of text would bury the reason.
  private static String quoted(String text) {
    return "'" + (text.length() <= 80 ? text : text.substring(0, 77) + "...") + "'";
  }

  // "-lang:zh" alone matches nothing in Lucene; an analyst means "every post but those".
  private static Query matchAllIfOnlyNegated(Query q) {
    if (!(q instanceof BooleanQuery bq) || bq.clauses().isEmpty()) return q;
    for (BooleanClause c : bq.clauses()) {
      if (c.getOccur() != BooleanClause.Occur.MUST_NOT) return q;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    for (BooleanClause c : bq.clauses()) b.add(c);
    return b.build();
  }

  private static String firstLine(String message) {
    String m = message.replaceFirst("^Cannot parse '.*?': ", "");
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    if (field.equals(Schema.TEXT)) return super.getFieldQuery(field, queryText, quoted);
    if (field.equals(Schema.TIME)) return day(queryText);
    checkField(field);
    if (field.equals(Schema.RETWEET)) return retweet(queryText);
    if (field.equals(Schema.URL)) {
      return SortedNumericDocValuesField.newSlowExactQuery(Schema.URL, PostDocuments.linkKey(queryText));
    }
    return new TermQuery(new Term(field, exact(field).apply(queryText)));
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
      boolean endInclusive) throws ParseException {
    if (!field.equals(Schema.TIME)) {
      checkField(field);
      requireWholeLink(field);
      return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }
    long lo = part1 == null || part1.equals("*") ? Long.MIN_VALUE : millis(part1, false);
    long hi = part2 == null || part2.equals("*") ? Long.MAX_VALUE : millis(part2, true);
    if (!startInclusive && lo != Long.MIN_VALUE) lo = Math.addExact(lo, 1);
    if (!endInclusive && hi != Long.MAX_VALUE) hi = Math.addExact(hi, -1);
    return LongPoint.newRangeQuery(Schema.TIME, lo, hi);
  }

  private static UnaryOperator<String> exact(String field) {
    return switch (field) {
      case Schema.ID -> PostDocuments::idKey;
      case Schema.HASHTAG -> PostDocuments::hashtag;
      case Schema.MENTION -> PostDocuments::mention;
      case Schema.LANG -> PostDocuments::lang;
      case Schema.SCREEN_NAME -> s -> s.toLowerCase(java.util.Locale.ROOT);
      default -> s -> s;
    };
  }

  // Only retweets carry the term (see Schema.RETWEET).
  private static Query retweet(String value) throws ParseException {
    Query retweets = new TermQuery(new Term(Schema.RETWEET, "1"));
    return switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "1", "true" -> retweets;
      case "0", "false" -> new BooleanQuery.Builder()
          .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
          .add(retweets, BooleanClause.Occur.MUST_NOT)
          .build();
      default -> throw new ParseException("retweet: takes 1 or 0, not '" + value + "'");
    };
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    requireWholeLink(field);
    return super.getPrefixQuery(field, termStr);
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    requireWholeLink(field);
    return super.getWildcardQuery(field, termStr);
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    requireWholeLink(field);
    return super.getFuzzyQuery(field, termStr, minSimilarity);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    requireWholeLink(field);
    return super.getRegexpQuery(field, termStr);
  }

  // Links are indexed by hash (see Schema.URL): a part of one cannot be looked up.
  private static void requireWholeLink(String field) throws ParseException {
    if (field.equals(Schema.URL)) {
      throw new ParseException("url: matches whole links only, e.g. url:\"https://t.co/x7fq2\"");
    }
  }

  private static void checkField(String field) throws ParseException {
    if (!EXACT_FIELDS.contains(field) && !field.equals(Schema.TEXT) && !field.equals(Schema.TIME)) {
      throw new ParseException("unknown field '" + field + "' (fields: text, time, "
          + String.join(", ", new java.util.TreeSet<>(EXACT_FIELDS)) + ")");
    }
  }

  private static Query day(String text) throws ParseException {
    return LongPoint.newRangeQuery(Schema.TIME, millis(text, false), millis(text, true));
  }

  /** A date means its whole UTC day: its first millisecond, or its last when {@code end}. */
  private static long millis(String text, boolean end) throws ParseException {
    try {
      LocalDate d = LocalDate.parse(text);
      Instant start = d.atStartOfDay(ZoneOffset.UTC).toInstant();
      return end ? start.plusSeconds(86_400).toEpochMilli() - 1 : start.toEpochMilli();
    } catch (DateTimeParseException notADate) {
      Instant t = Times.parse(text);
      if (t == null) throw new ParseException("time '" + text + "' is not a date or time");
      return t.toEpochMilli();
    }
  }
}
