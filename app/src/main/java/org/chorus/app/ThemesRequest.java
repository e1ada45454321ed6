package org.chorus.app;

import java.nio.file.Path;
import org.chorus.search.PostFilter;

/**
 * Cluster the posts of an index that a filter selects into themes.
 *
 * @param terms top terms per theme
 * @param examples representative posts per theme
 * @param maxPosts cluster an evenly spread sample of at most this many distinct texts (a
 *     campaign's copies are one text); every selected post is then put in a theme
 * @param assignments where to write each post's theme as JSON Lines; null: nowhere
 * @param collapseCopies cluster each near-duplicate group once (the default); false clusters
 *     every copy, as before (for comparison)
 */
public record ThemesRequest(Path index, PostFilter filter, int k, int terms, int examples,
    int maxPosts, long seed, Path assignments, boolean collapseCopies) {

  public ThemesRequest {
    if (k < 1 || k > 200) throw new RequestException("k must be between 1 and 200");
    if (maxPosts < 1) throw new RequestException("max posts must be at least 1");
    if (terms < 1) throw new RequestException("terms must be at least 1");
    if (examples < 0) throw new RequestException("examples must not be negative");
  }

  public ThemesRequest(Path index, PostFilter filter, int k, int terms, int examples,
      int maxPosts, long seed) {
    this(index, filter, k, terms, examples, maxPosts, seed, null, true);
  }
}
