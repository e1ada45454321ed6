package org.chorus.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.chorus.app.Copies;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.RetweetMode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by {@code chorus dupes} and {@code chorus network}: which posts, how similar. */
final class CopyOptions {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory.")
  Path index;

  @Option(names = "--threshold", defaultValue = "" + DuplicateFinder.DEFAULT_THRESHOLD,
      paramLabel = "J",
      description = "Minimum Jaccard similarity of word sets (CJK: characters) to the cluster's"
          + " representative, after removing links, mentions, RT prefixes, case, punctuation"
          + " and emoji (default: ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--min-accounts", defaultValue = "2", paramLabel = "N",
      description = "Report clusters with at least N distinct accounts (default: ${DEFAULT-VALUE}).")
  int minAccounts;

  @Option(names = "--retweets", defaultValue = "exclude", paramLabel = "exclude|include|only",
      converter = RetweetConverter.class,
      description = "Retweets are not copy-paste: left out (default), mixed in, or studied alone.")
  RetweetMode retweets = RetweetMode.EXCLUDE;

  @Option(names = "--min-words", defaultValue = "" + DuplicateFinder.DEFAULT_MIN_WORDS,
      paramLabel = "N",
      description = "Ignore posts with fewer distinct words (default: ${DEFAULT-VALUE}).")
  int minWords;

  @Mixin QueryOption selection;

  Copies copies() {
    try {
      return new Copies(threshold, minAccounts, retweets, minWords);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--" + e.getMessage().replaceFirst("^min accounts", "min-accounts"));
    }
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
