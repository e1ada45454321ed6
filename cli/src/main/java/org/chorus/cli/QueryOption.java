package org.chorus.cli;

import org.chorus.search.PostFilter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --query} and the filter options, for commands whose positional arguments are not a query. */
final class QueryOption {
  @Option(names = "--query", paramLabel = "QUERY",
      description = "Only posts matching this search (the search command's syntax, e.g."
          + " 'hongkong AND police', '-lang:zh').")
  String query;

  @Mixin FilterOptions filters;

  PostFilter filter() {
    return filters.filter(query);
  }
}
