package org.chorus.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.chorus.search.PostFilter;

/**
 * The accounts with posts among those {@code filter} selects (with every account of the users
 * file too, posts or not, when the filter selects every post), sorted by {@code sort}.
 *
 * @param limit most accounts returned, at least 1
 */
public record AccountsRequest(PostFilter filter, Sort sort, int limit) {
  public AccountsRequest {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(sort, "sort");
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1: " + limit);
  }

  /** Orders of the list; every one puts unknown values last, then goes by account id. */
  public enum Sort {
    /** Most posts first. */
    POSTS,
    /** Earliest created first. */
    CREATED,
    /** Largest same-day creation burst (z-score) first. */
    BURST,
    /** Most followers first. */
    FOLLOWERS,
    /** Highest working-week share (at the implied offset) first. */
    WORK,
    /** Longest silence first. */
    DORMANT,
    /** Most language switches first. */
    SWITCHES,
    /** By account id. */
    ACCOUNT;

    public String cliName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a sort name (any case); the error lists the names. */
    public static Sort parse(String name) {
      for (Sort s : values()) {
        if (s.cliName().equalsIgnoreCase(name.strip())) return s;
      }
      throw new IllegalArgumentException("unknown sort '" + name + "'; expected one of "
          + Arrays.stream(values()).map(Sort::cliName).collect(Collectors.joining("|")));
    }
  }
}
