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
 * @param theme the theme's number, 1 for the one with most distinct texts
 * @param posts posts in the theme, every copy counted
 * @param texts distinct texts of the theme among those clustered (a campaign once)
 * @param topTerms the terms that tell the theme from the others (class-based TF-IDF), most first
 * @param representativePosts the posts closest to the theme's centre, closest first
 * @param topAccounts accounts by posts in the theme, most first
 * @param languages posts per language, most first
 * @param copies the theme's largest near-duplicate groups (campaigns), largest first
 * @param postsPerDay posts per UTC day, in date order
 */
@JsonPropertyOrder({"type"})
public record ThemeReport(
    int theme,
    int posts,
    int texts,
    @JsonProperty("top_terms") List<String> topTerms,
    @JsonProperty("representative_posts") List<Representative> representativePosts,
    @JsonProperty("top_accounts") Map<String, Integer> topAccounts,
    Map<String, Integer> languages,
    List<Copies> copies,
    @JsonProperty("posts_per_day") Map<LocalDate, Integer> postsPerDay) {

  /** A post that stands for its theme. */
  public record Representative(String id, String account, String text) {}

  /** A group of near-duplicate posts clustered as one text: its first post and its size. */
  public record Copies(String id, int posts, String text) {}

  public ThemeReport {
    topTerms = List.copyOf(topTerms);
    representativePosts = List.copyOf(representativePosts);
    topAccounts = Collections.unmodifiableMap(new LinkedHashMap<>(topAccounts));
    languages = Collections.unmodifiableMap(new LinkedHashMap<>(languages));
    copies = List.copyOf(copies);
    postsPerDay = Collections.unmodifiableMap(new TreeMap<>(postsPerDay));
  }

  /** JSON Lines readers tell themes from other records by their type. */
  @JsonProperty("type")
  public String type() {
    return "theme";
  }
}
