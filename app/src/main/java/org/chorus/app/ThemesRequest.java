package org.chorus.app;

import java.nio.file.Path;
import org.chorus.search.PostFilter;

/**
 * Cluster the posts of an index that a filter selects into themes.
 *
 * @param terms top terms per theme
 * @param examples representative posts per theme
 * @param maxPosts cluster an evenly spread sample of at most this many posts
 */
public record ThemesRequest(Path index, PostFilter filter, int k, int terms, int examples,
    int maxPosts, long seed) {

  public ThemesRequest {
    if (k < 1 || k > 200) throw new RequestException("k must be between 1 and 200");
    if (maxPosts < 1) throw new RequestException("max posts must be at least 1");
  }
}
