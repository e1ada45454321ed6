package org.chorus.app;

import java.util.List;

/**
 * The themes found.
 *
 * @param posts posts clustered (the sample, when the filter selected more than asked for);
 *     0, with no themes, when it selected none
 */
public record ThemesResult(int posts, List<ThemeReport> themes) {
  public ThemesResult {
    themes = List.copyOf(themes);
  }
}
