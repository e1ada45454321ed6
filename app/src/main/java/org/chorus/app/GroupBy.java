package org.chorus.app;

import java.util.Locale;
import org.chorus.corpus.Post;

/**
 * What keeps posts together in splits and bootstrap resamples. To group by another column of
 * a dataset (e.g. the propaganda diary's {@code item}, the same claim in five languages), map
 * that column to the account and keep {@link #ACCOUNT}.
 */
public enum GroupBy {
  /** Posts of one account are never on both sides of a split (the default). */
  ACCOUNT,
  /** No grouping: every post is its own group (only for data without accounts). */
  POST;

  /** "account" or "post" ("none" too, for no grouping). */
  public static GroupBy parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "account" -> ACCOUNT;
      case "post", "none" -> POST;
      default -> throw new IllegalArgumentException("expected account or post, found '" + text
          + "' (to group by another column, map it to account: --map account=COLUMN)");
    };
  }

  String keyOf(Post post) {
    return this == ACCOUNT ? post.account().id() : post.id();
  }

  /** How reports name what was resampled. */
  public String noun() {
    return this == ACCOUNT ? "accounts" : "posts";
  }
}
