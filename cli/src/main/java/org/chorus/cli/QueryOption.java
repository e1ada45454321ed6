package org.chorus.cli;

import org.chorus.search.PostFilter;
import org.chorus.search.QueryLimitException;
import org.chorus.search.QuerySyntaxException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --query} and the filter options, for commands whose positional arguments are not a query. */
final class QueryOption {
  @Option(names = "--query", paramLabel = "QUERY",
      description = "Only posts matching this search (the search command's syntax, e.g."
          + " 'hongkong AND police', '-lang:zh').")
  String query;

  @Mixin FilterOptions filters;

  /** The filter; a query that cannot run is refused here, naming the option. */
  PostFilter filter() {
    PostFilter filter = filters.filter(query);
    try {
      filter.toQuery();
    } catch (QuerySyntaxException | QueryLimitException e) {
      throw new UsageException("--query: " + e.getMessage());
    }
    return filter;
  }
}
