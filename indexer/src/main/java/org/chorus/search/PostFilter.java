package org.chorus.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.chorus.corpus.Times;
import org.chorus.index.PostDocuments;
import org.chorus.index.Schema;

/**
 * Which posts an operation looks at: a query in the {@code search} syntax (blank or {@code *}
 * for every post) and filters that must all hold, several values of one filter being
 * alternatives. Search, near-duplicates, the network, themes and labelling an index all select
 * posts through this one type, so the same words select the same posts everywhere.
 *
 * @param from first instant included, or null
 * @param to first instant excluded, or null
 */
public record PostFilter(
    String query,
    Instant from,
    Instant to,
    List<String> accounts,
    List<String> langs,
    List<String> hashtags,
    List<String> labels,
    List<String> narratives) {

  /** Every post. */
  public static final PostFilter ALL = builder().build();

  public PostFilter {
    query = query == null ? "" : query;
    accounts = List.copyOf(accounts);
    langs = List.copyOf(langs);
    hashtags = List.copyOf(hashtags);
    labels = List.copyOf(labels);
    narratives = List.copyOf(narratives);
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("from (" + from + ") must be before to (" + to + ")");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().query(query).from(from).to(to).accounts(accounts).langs(langs)
        .hashtags(hashtags).labels(labels).narratives(narratives);
  }

  /** True when the filter selects every post. */
  public boolean isAll() {
    return from == null && to == null && accounts.isEmpty() && langs.isEmpty()
        && hashtags.isEmpty() && labels.isEmpty() && narratives.isEmpty()
        && (query.isBlank() || query.strip().equals("*"));
  }

  /**
   * The Lucene query: the parsed text as the scoring clause, every other restriction as a
   * FILTER clause.
   *
   * @throws QuerySyntaxException when the query text cannot be parsed
   */
  public Query toQuery() {
    Query text = PostQueryParser.parseQuery(query);
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    restrict(b, Schema.ACCOUNT, accounts, s -> s);
    restrict(b, Schema.LANG, langs, PostDocuments::lang);
    restrict(b, Schema.HASHTAG, hashtags, PostDocuments::hashtag);
    restrict(b, Schema.LABEL, labels, s -> s);
    restrict(b, Schema.NARRATIVE, narratives, s -> s);
    if (from != null || to != null) {
      long lo = from == null ? Long.MIN_VALUE : from.toEpochMilli();
      long hi = to == null ? Long.MAX_VALUE : to.toEpochMilli() - 1;
      b.add(LongPoint.newRangeQuery(Schema.TIME, lo, hi), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static void restrict(BooleanQuery.Builder b, String field, List<String> values,
      UnaryOperator<String> normalise) {
    if (values.isEmpty()) return;
    Query q;
    if (values.size() == 1) {
      q = new TermQuery(new Term(field, normalise.apply(values.get(0))));
    } else {
      List<BytesRef> terms = new ArrayList<>();
      for (String v : values) terms.add(new BytesRef(normalise.apply(v)));
      q = new TermInSetQuery(field, terms);
    }
    b.add(q, BooleanClause.Occur.FILTER);
  }

  /**
   * The one day rule for {@code from}/{@code to} given as text: a date is a whole UTC day, so
   * as a start it begins that day and as an end it includes it; a time is taken as it is.
   *
   * @param end true for the (excluded) end of a range
   * @return the instant, or null for null text
   * @throws IllegalArgumentException naming the text when it is neither a date nor a time
   */
  public static Instant bound(String text, boolean end) {
    if (text == null) return null;
    try {
      LocalDate day = LocalDate.parse(text.strip());
      return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException notADate) {
      Instant t = Times.parse(text);
      if (t == null) {
        throw new IllegalArgumentException("'" + text + "' is not a date (2019-08-01) or time"
            + " (2019-08-01T12:00:00Z)");
      }
      return t;
    }
  }

  /** Defaults: every post. */
  public static final class Builder {
    private String query = "";
    private List<String> accounts = List.of(), langs = List.of(), hashtags = List.of(),
        labels = List.of(), narratives = List.of();
    private Instant from, to;

    private Builder() {}

    public Builder query(String v) { query = v; return this; }
    public Builder from(Instant v) { from = v; return this; }
    public Builder to(Instant v) { to = v; return this; }
    public Builder accounts(List<String> v) { accounts = v; return this; }
    public Builder langs(List<String> v) { langs = v; return this; }
    public Builder hashtags(List<String> v) { hashtags = v; return this; }
    public Builder labels(List<String> v) { labels = v; return this; }
    public Builder narratives(List<String> v) { narratives = v; return this; }

    public PostFilter build() {
      return new PostFilter(query, from, to, accounts, langs, hashtags, labels, narratives);
    }
  }
}
