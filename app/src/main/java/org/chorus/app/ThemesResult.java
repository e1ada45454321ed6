package org.chorus.app;

import java.util.List;

/**
 * The themes found.
 *
 * @param posts posts the filter selected, each put in a theme or counted as unassigned; 0, with
 *     no themes, when it selected none
 * @param clustered distinct texts the themes were fitted on (the sample, a campaign once)
 * @param copyGroups near-duplicate groups collapsed to one text each
 * @param collapsedPosts posts in those groups
 * @param unassigned posts with no term of the themes' vocabulary (only links, stop words...)
 */
public record ThemesResult(int posts, int clustered, int copyGroups, long collapsedPosts,
    long unassigned, List<ThemeReport> themes) {
  public ThemesResult {
    themes = List.copyOf(themes);
  }
}
