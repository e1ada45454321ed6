package org.chorus.narratives;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One cluster of posts found by {@link ThemeFinder}.
 *
 * @param topTerms the terms that weigh most in the theme's mean TF-IDF vector
 * @param representativeIds ids of the posts closest to that mean, closest first
 * @param topAccounts accounts by number of posts in the theme, most first
 * @param postsPerDay posts per UTC day, in date order
 */
public record Theme(
    int id,
    int size,
    List<String> topTerms,
    List<String> representativeIds,
    Map<String, Integer> topAccounts,
    Map<LocalDate, Integer> postsPerDay) {

  public Theme {
    topTerms = List.copyOf(topTerms);
    representativeIds = List.copyOf(representativeIds);
    topAccounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topAccounts));
    postsPerDay = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(postsPerDay));
  }
}
