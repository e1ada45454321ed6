package org.chorus.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.chorus.app.Copies;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.RetweetMode;
import org.chorus.dupes.Similarity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by {@code chorus dupes} and {@code chorus network}: which posts, how similar. */
final class CopyOptions {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index directory.")
  Path index;

  @Option(names = "--threshold", paramLabel = "T",
      description = "Minimum similarity of word sets (CJK: characters) to the cluster's"
          + " representative, after removing links, mentions, RT prefixes, case, punctuation"
          + " and emoji (default: " + DuplicateFinder.DEFAULT_THRESHOLD + " for jaccard, "
          + DuplicateFinder.DEFAULT_CONTAINMENT + " for containment).")
  Double threshold;

  @Option(names = "--similarity", defaultValue = "jaccard", paramLabel = "jaccard|containment",
      converter = SimilarityConverter.class,
      description = "jaccard: shared words over all words of both posts (default). containment:"
          + " shared words over the words of the shorter post, function words and particles"
          + " aside, with at least 5 shared and a Jaccard of at least 0.3 (so a slogan or hashtag"
          + " chain does not join unrelated posts): finds copies wrapped in openers and"
          + " commentary, or cut short.")
  Similarity similarity = Similarity.JACCARD;

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
      return new Copies(threshold != null ? threshold : similarity.defaultThreshold(),
          minAccounts, retweets, minWords, similarity);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--" + e.getMessage().replaceFirst("^min accounts", "min-accounts"));
    }
  }

  static final class SimilarityConverter implements ITypeConverter<Similarity> {
    @Override
    public Similarity convert(String value) {
      try {
        return Similarity.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class RetweetConverter implements ITypeConverter<RetweetMode> {
    @Override
    public RetweetMode convert(String value) {
      try {
        return RetweetMode.valueOf(value.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("must be exclude, include or only: " + value);
      }
    }
  }
}
