package org.chorus.app;

import java.util.Objects;
import org.chorus.search.PostFilter;
import org.chorus.search.SearchRequest;

/**
 * The first {@code limit} posts a filter selects, in a search's order, written whole as a file.
 *
 * @param limit 1 to {@link #MAX_LIMIT}
 */
public record ExportRequest(PostFilter filter, SearchRequest.Order order, Format format,
    int limit) {
  /** As deep as a search may rank; past it, narrow the filter or move {@code from}. */
  public static final int MAX_LIMIT = SearchRequest.MAX_DEPTH;

  public enum Format {
    /** RFC 4180, UTF-8, a header row. */
    CSV,
    /** One JSON object a line. */
    JSONL;

    public String extension() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ExportRequest {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(format, "format");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be from 1 to " + MAX_LIMIT + ", not "
          + limit);
    }
  }
}
