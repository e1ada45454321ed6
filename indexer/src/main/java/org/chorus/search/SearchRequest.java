package org.chorus.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One search: a query in Lucene syntax over the post text (other fields by name, e.g.
 * {@code hashtag:hk}, {@code lang:zh}, {@code time:[2019-08-01 TO 2019-08-31]}; blank or
 * {@code *} matches every post), filters that must all hold (several values of one filter are
 * alternatives), an order, a page, and whether to count facets.
 *
 * @param from first instant included, or null
 * @param to first instant excluded, or null
 * @param page 1-based
 */
public record SearchRequest(
    String query,
    List<String> accounts,
    Instant from,
    Instant to,
    List<String> langs,
    List<String> hashtags,
    List<String> labels,
    List<String> narratives,
    Order order,
    int page,
    int size,
    boolean facets) {

  public enum Order { RELEVANCE, TIME, TIME_DESC }

  public SearchRequest {
    query = query == null ? "" : query;
    accounts = List.copyOf(accounts);
    langs = List.copyOf(langs);
    hashtags = List.copyOf(hashtags);
    labels = List.copyOf(labels);
    narratives = List.copyOf(narratives);
    Objects.requireNonNull(order, "order");
    if (page < 1) throw new IllegalArgumentException("page must be 1 or more");
    if (size < 1) throw new IllegalArgumentException("size must be 1 or more");
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException("from (" + from + ") must be before to (" + to + ")");
    }
  }

  public static Builder builder(String query) {
    return new Builder(query);
  }

  /** Defaults: no filters, by relevance, page 1 of 10, with facets. */
  public static final class Builder {
    private final String query;
    private List<String> accounts = List.of(), langs = List.of(), hashtags = List.of(),
        labels = List.of(), narratives = List.of();
    private Instant from, to;
    private Order order = Order.RELEVANCE;
    private int page = 1, size = 10;
    private boolean facets = true;

    private Builder(String query) {
      this.query = query;
    }

    public Builder accounts(List<String> v) { accounts = v; return this; }
    public Builder from(Instant v) { from = v; return this; }
    public Builder to(Instant v) { to = v; return this; }
    public Builder langs(List<String> v) { langs = v; return this; }
    public Builder hashtags(List<String> v) { hashtags = v; return this; }
    public Builder labels(List<String> v) { labels = v; return this; }
    public Builder narratives(List<String> v) { narratives = v; return this; }
    public Builder order(Order v) { order = v; return this; }
    public Builder page(int v) { page = v; return this; }
    public Builder size(int v) { size = v; return this; }
    public Builder facets(boolean v) { facets = v; return this; }

    public SearchRequest build() {
      return new SearchRequest(query, accounts, from, to, langs, hashtags, labels, narratives,
          order, page, size, facets);
    }
  }
}
