package org.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code bench serve}'s clients ask for: a pool of searches an analyst would make on this
 * index, taken from the index itself (its top hashtags, accounts and languages from the facets
 * of {@code *}, and the most frequent words of five letters or more in its 100 latest posts),
 * and the other views over them when the server has their endpoints. Each view is the list of
 * requests its page makes.
 */
final class ServeMix {
  private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");
  private static final String[] COMMON = {"about", "there", "their", "would", "which", "these",
      "https", "people", "after", "should", "could", "being", "where", "every", "other"};

  /** One view: a name for the table and the requests the page sends for it. */
  record View(String name, List<Request> requests) {}

  /** One request: the endpoint it is counted under and its path and query. */
  record Request(String endpoint, String path) {}

  final List<String> filters = new ArrayList<>();
  final List<String> postIds = new ArrayList<>();
  final List<String> accounts = new ArrayList<>();
  private final Map<String, Boolean> endpoints;

  /**
   * @param all the answer to {@code /api/search?q=*&size=100&sort=time-desc}
   * @param endpoints which optional endpoints the server has, by name
   */
  ServeMix(JsonNode all, Map<String, Boolean> endpoints) {
    this.endpoints = endpoints;
    List<String> words = topWords(all.get("hits"), 20);
    filters.add("q=*");
    for (String w : words) filters.add("q=" + enc(w));
    for (int i = 0; i + 1 < words.size(); i += 4) {
      filters.add("q=" + enc(words.get(i) + " AND " + words.get(i + 1)));
      filters.add("q=" + enc("\"" + words.get(i) + " " + words.get(i + 1) + "\"") );
    }
    JsonNode facets = all.get("facets");
    for (JsonNode h : facets.get("hashtags")) filters.add("hashtag=" + enc(h.get("value").asText()));
    for (JsonNode a : facets.get("accounts")) {
      accounts.add(a.get("value").asText());
      filters.add("account=" + enc(a.get("value").asText()));
    }
    int langs = 0;
    for (JsonNode l : facets.get("languages")) {
      if (langs++ == 3) break;
      String word = words.isEmpty() ? "*" : words.get(langs % words.size());
      filters.add("q=" + enc(word) + "&lang=" + enc(l.get("value").asText()));
    }
    for (JsonNode h : all.get("hits")) postIds.add(h.get("id").asText());
  }

  static Map<String, Boolean> noEndpoints() {
    return new LinkedHashMap<>();
  }

  /** A view picked at random: search most often, as analysts do. */
  View next(Random random) {
    String filter = filters.get(random.nextInt(filters.size()));
    int pick = random.nextInt(100);
    if (pick < 10 && has("copies") && !postIds.isEmpty()) {
      String id = enc(postIds.get(random.nextInt(postIds.size())));
      return new View("copies", List.of(new Request("posts/{id}/copies",
          "/api/posts/" + id + "/copies")));
    }
    if (pick < 20 && has("accounts") && !accounts.isEmpty()) {
      String id = enc(accounts.get(random.nextInt(accounts.size())));
      return new View("account", List.of(new Request("accounts/{id}", "/api/accounts/" + id),
          new Request("accounts/{id}/partners", "/api/accounts/" + id + "/partners")));
    }
    if (pick < 25 && has("clusters")) {
      return new View("clusters", List.of(new Request("clusters", "/api/clusters?" + filter)));
    }
    if (pick < 30 && has("network")) {
      return new View("network", List.of(new Request("network", "/api/network?" + filter)));
    }
    if (pick < 35 && has("narratives")) {
      return new View("narratives", List.of(new Request("narratives",
          "/api/narratives?" + filter)));
    }
    List<Request> search = new ArrayList<>();
    String page = random.nextInt(10) == 0 ? "&page=2" : "";
    search.add(new Request("search", "/api/search?" + filter + page + "&size=20"));
    if (has("timeline")) search.add(new Request("timeline", "/api/timeline?" + filter
        + "&bucket=auto"));
    return new View("search view", search);
  }

  private boolean has(String endpoint) {
    return endpoints.getOrDefault(endpoint, false);
  }

  static List<String> topWords(JsonNode hits, int n) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (JsonNode h : hits) {
      Matcher m = WORD.matcher(h.get("text").asText().toLowerCase(Locale.ROOT));
      while (m.find()) counts.merge(m.group(), 1, Integer::sum);
    }
    for (String c : COMMON) counts.remove(c);
    return counts.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue()).limit(n).map(Map.Entry::getKey).toList();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
