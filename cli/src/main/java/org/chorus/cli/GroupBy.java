package org.chorus.cli;

import java.util.Locale;
import org.chorus.corpus.Post;
import picocli.CommandLine.ITypeConverter;

/**
 * What keeps items together in splits and bootstrap resamples. To group by another column of
 * a dataset (e.g. the propaganda diary's {@code item}, the same claim in five languages), map
 * that column to the account: {@code --map account=item,...} and keep {@code --group-by account}.
 */
enum GroupBy {
  /** Posts of one account are never on both sides of a split (the default). */
  ACCOUNT,
  /** No grouping: every post is its own group (only for data without accounts). */
  POST;

  String keyOf(Post post) {
    return this == ACCOUNT ? post.account().id() : post.id();
  }

  /** How reports name what was resampled. */
  String noun() {
    return this == ACCOUNT ? "accounts" : "posts";
  }

  static final class Converter implements ITypeConverter<GroupBy> {
    @Override
    public GroupBy convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "account" -> ACCOUNT;
        case "post", "none" -> POST;
        default -> throw new IllegalArgumentException("expected account or post, found '" + value
            + "' (to group by another column, map it to account: --map account=COLUMN)");
      };
    }
  }
}
