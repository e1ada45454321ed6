package org.chorus.cli;

import java.util.ArrayList;
import java.util.List;
import org.chorus.search.PostFilter;
import picocli.CommandLine.Option;

/**
 * The filter options every command that selects posts shares, read into one {@link PostFilter}
 * so that the same words select the same posts in search, dupes, network, themes and label.
 */
final class FilterOptions {
  @Option(names = "--account", split = ",", paramLabel = "ID", description = "Account id(s).")
  List<String> accounts = new ArrayList<>();

  @Option(names = "--from", paramLabel = "TIME",
      description = "From this date or time, included (UTC), e.g. 2019-08-01.")
  String from;

  @Option(names = "--to", paramLabel = "TIME",
      description = "Up to this date (the whole day included) or time (excluded), UTC.")
  String to;

  @Option(names = "--lang", split = ",", paramLabel = "CODE",
      description = "Language(s): en, zh, ru...")
  List<String> langs = new ArrayList<>();

  @Option(names = "--hashtag", split = ",", paramLabel = "TAG",
      description = "Hashtag(s), with or without #.")
  List<String> hashtags = new ArrayList<>();

  @Option(names = "--label", split = ",", paramLabel = "LABEL",
      description = "Label(s) from the data.")
  List<String> labels = new ArrayList<>();

  @Option(names = "--narrative", split = ",", paramLabel = "NAME",
      description = "Predicted narrative(s) (chorus label --index).")
  List<String> narratives = new ArrayList<>();

  /** The filter these options and {@code query} (search syntax; null or blank: every post) give. */
  PostFilter filter(String query) {
    try {
      return PostFilter.builder().query(query).accounts(accounts).langs(langs)
          .hashtags(hashtags).labels(labels).narratives(narratives)
          .from(bound("--from", from, false)).to(bound("--to", to, true)).build();
    } catch (IllegalArgumentException e) {
      // The filter speaks of "from" and "to" for every interface; here they are options.
      throw new UsageException(e.getMessage().startsWith("from (")
          ? "--from " + from + " must be before --to " + to : e.getMessage());
    }
  }

  private static java.time.Instant bound(String option, String text, boolean end) {
    try {
      return PostFilter.bound(text, end);
    } catch (IllegalArgumentException e) {
      throw new UsageException(option + " " + e.getMessage());
    }
  }
}
