package org.chorus.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One search: the posts a {@link PostFilter} selects, in an order, one page of them, and whether
 * to count facets.
 *
 * @param page 1-based
 */
public record SearchRequest(PostFilter filter, Order order, int page, int size, boolean facets) {
  /**
   * Hits a page may reach into: the search ranks every hit up to the page's last, so deeper
   * pages cost memory and time without end. Past it, narrow the filter or sort by time.
   */
  public static final int MAX_DEPTH = 10_000;

  public enum Order { RELEVANCE, TIME, TIME_DESC }

  public SearchRequest {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(order, "order");
    if (page < 1) throw new IllegalArgumentException("page must be 1 or more");
    if (size < 1) throw new IllegalArgumentException("size must be 1 or more");
    if ((long) page * size > MAX_DEPTH) {
      throw new IllegalArgumentException("page " + page + " of " + size + " hits reaches past"
          + " hit " + MAX_DEPTH + "; narrow the filter or sort by time and move --from");
    }
  }

  public String query() {
    return filter.query();
  }

  public static Builder builder(String query) {
    return new Builder(query);
  }

  public static Builder builder(PostFilter filter) {
    return new Builder(filter);
  }

  /** Defaults: no filters, by relevance, page 1 of 10, with facets. */
  public static final class Builder {
    private final PostFilter.Builder filter;
    private Order order = Order.RELEVANCE;
    private int page = 1, size = 10;
    private boolean facets = true;

    private Builder(String query) {
      this.filter = PostFilter.builder().query(query);
    }

    private Builder(PostFilter filter) {
      this.filter = filter.toBuilder();
    }

    public Builder accounts(List<String> v) { filter.accounts(v); return this; }
    public Builder from(Instant v) { filter.from(v); return this; }
    public Builder to(Instant v) { filter.to(v); return this; }
    public Builder langs(List<String> v) { filter.langs(v); return this; }
    public Builder hashtags(List<String> v) { filter.hashtags(v); return this; }
    public Builder labels(List<String> v) { filter.labels(v); return this; }
    public Builder narratives(List<String> v) { filter.narratives(v); return this; }
    public Builder order(Order v) { order = v; return this; }
    public Builder page(int v) { page = v; return this; }
    public Builder size(int v) { size = v; return this; }
    public Builder facets(boolean v) { facets = v; return this; }

    public SearchRequest build() {
      return new SearchRequest(filter.build(), order, page, size, facets);
    }
  }
}
