package org.chorus.app;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One theme, with its representative posts in full.
 *
 * @param theme the theme's number
 * @param posts posts in the theme
 * @param topTerms the terms that weigh most in the theme, most first
 * @param representativePosts the posts closest to the theme's centre, closest first
 * @param topAccounts accounts by posts in the theme, most first
 * @param postsPerDay posts per UTC day, in date order
 */
@JsonPropertyOrder({"type"})
public record ThemeReport(
    int theme,
    int posts,
    @JsonProperty("top_terms") List<String> topTerms,
    @JsonProperty("representative_posts") List<Representative> representativePosts,
    @JsonProperty("top_accounts") Map<String, Integer> topAccounts,
    @JsonProperty("posts_per_day") Map<LocalDate, Integer> postsPerDay) {

  /** A post that stands for its theme. */
  public record Representative(String id, String account, String text) {}

  public ThemeReport {
    topTerms = List.copyOf(topTerms);
    representativePosts = List.copyOf(representativePosts);
    topAccounts = Collections.unmodifiableMap(new LinkedHashMap<>(topAccounts));
    postsPerDay = Collections.unmodifiableMap(new TreeMap<>(postsPerDay));
  }

  /** JSON Lines readers tell themes from other records by their type. */
  @JsonProperty("type")
  public String type() {
    return "theme";
  }
}
