package org.chorus.web;

import static org.chorus.web.ApiServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chorus.app.Investigation;
import org.junit.jupiter.api.Test;

/** The account view's API over the bundled corpus: the profile, its heatmap, its partners. */
class AccountApiTest {
  private static final Investigation investigation = ApiServer.bundled().investigation;
  private static final Workbench workbench = ApiServer.bundled().workbench;
  private static final Http http = ApiServer.bundled().http;

  /** The account with the most posts, from the search facets. */
  private static String busiest() throws Exception {
    return http.json("/api/search?size=1").get("facets").get("accounts").get(0).get("value")
        .asText();
  }

  private static Map<String, Long> counts(JsonNode list) {
    Map<String, Long> out = new HashMap<>();
    for (JsonNode c : list) out.put(c.get("value").asText(), c.get("count").asLong());
    return out;
  }

  @Test
  void profileCountsAreTheSearchFacetsOfTheAccountsPosts() throws Exception {
    String id = busiest();
    JsonNode p = http.json("/api/accounts/" + enc(id));
    JsonNode search = http.json("/api/search?size=100&sort=time&account=" + enc(id));
    assertEquals(id, p.get("id").asText());
    assertTrue(p.get("posts").asLong() > 1);
    assertEquals(search.get("total").asLong(), p.get("posts").asLong());
    JsonNode f = search.get("facets");
    assertEquals(counts(f.get("languages")), counts(p.get("languages")));
    assertEquals(counts(f.get("labels")), counts(p.get("labels")));
    assertEquals(counts(f.get("narratives")), counts(p.get("narratives")));
    assertEquals(counts(f.get("hashtags")), counts(p.get("hashtags")));
    JsonNode hits = search.get("hits");
    assertEquals(hits.get(0).get("time").asText(), p.get("first").asText());
    if (hits.size() == search.get("total").asInt()) {
      assertEquals(hits.get(hits.size() - 1).get("time").asText(), p.get("last").asText());
    }
    assertEquals(hits.get(0).get("screenName").asText(), p.get("name").asText());
  }

  @Test
  void theHeatmapHasEveryHourOfTheWeekAndCountsEveryPost() throws Exception {
    String id = busiest();
    JsonNode p = http.json("/api/accounts/" + enc(id));
    JsonNode h = p.get("heatmap");
    assertEquals("Z", h.get("offset").asText());
    assertEquals(168, h.get("cells").size());
    long sum = 0, max = 0, work = 0;
    Set<String> seen = new HashSet<>();
    for (JsonNode c : h.get("cells")) {
      int day = c.get("weekday").asInt(), hour = c.get("hour").asInt();
      assertTrue(day >= 1 && day <= 7 && hour >= 0 && hour <= 23, c.toString());
      assertTrue(seen.add(day + ":" + hour), "each cell once");
      long n = c.get("count").asLong();
      sum += n;
      max = Math.max(max, n);
      if (day <= 5 && hour >= 9 && hour < 18) work += n;
    }
    assertEquals(p.get("posts").asLong(), sum);
    assertEquals(max, h.get("max").asLong());
    assertEquals((double) work / sum, p.get("workWeekShare").asDouble(), 1e-9);
  }

  @Test
  void shiftingTheOffsetByAnHourMovesEveryCountOneHourLater() throws Exception {
    String id = busiest();
    long[] utc = week(http.json("/api/accounts/" + enc(id) + "?offset=Z"));
    // '+' sent raw arrives as a space; both spellings must mean +01:00.
    for (String plusOne : new String[] {"%2B01:00", "+01:00"}) {
      JsonNode p = http.json("/api/accounts/" + enc(id) + "?offset=" + plusOne);
      assertEquals("+01:00", p.get("heatmap").get("offset").asText());
      long[] shifted = week(p);
      for (int i = 0; i < 168; i++) assertEquals(utc[i], shifted[(i + 1) % 168], "hour " + i);
    }
    long[] west = week(http.json("/api/accounts/" + enc(id) + "?offset=-05:00"));
    for (int i = 0; i < 168; i++) assertEquals(utc[i], west[Math.floorMod(i - 5, 168)]);
  }

  private static long[] week(JsonNode profile) {
    long[] out = new long[168];
    for (JsonNode c : profile.get("heatmap").get("cells")) {
      out[(c.get("weekday").asInt() - 1) * 24 + c.get("hour").asInt()] = c.get("count").asLong();
    }
    return out;
  }

  @Test
  void aCampaignAccountsPartnersAreItsFellowCampaigners() throws Exception {
    JsonNode campaign = new ObjectMapper().readTree(Files.readAllLines(
        BundledIndex.ROOT.resolve("corpus/hk2019/campaigns.jsonl")).get(0));
    List<String> members = new java.util.ArrayList<>();
    for (JsonNode a : campaign.get("accounts")) members.add(a.asText());
    String id = members.get(0);
    double threshold = 0.5;
    JsonNode r = http.json("/api/accounts/" + enc(id) + "/partners?threshold=" + threshold
        + "&window=1h&limit=100");
    assertEquals(id, r.get("account").asText());
    long posts = http.json("/api/search?size=1&account=" + enc(id)).get("total").asLong();
    assertEquals(Math.min(posts, 500), r.get("postsChecked").asLong());
    Set<String> fellows = new HashSet<>();
    int previous = Integer.MAX_VALUE;
    for (JsonNode p : r.get("partners")) {
      String partner = p.get("account").asText();
      assertNotEquals(id, partner);
      int weight = p.get("weight").asInt();
      assertTrue(weight >= 1 && weight <= previous, "by weight, descending");
      previous = weight;
      assertTrue(p.get("evidence").size() >= 1 && p.get("evidence").size() <= 5);
      assertTrue(p.get("evidence").size() <= weight);
      for (JsonNode e : p.get("evidence")) {
        assertEquals(partner, e.get("partnerPost").get("account").asText());
        assertTrue(e.get("similarity").asDouble() >= threshold, e.toString());
        assertTrue(e.get("gapSeconds").asLong() <= 3600, e.toString());
        boolean typed = false;
        for (JsonNode t : p.get("types")) typed |= t.asText().equals(e.get("type").asText());
        assertTrue(typed, "the evidence's type is among the partner's types");
        assertFalse(e.get("post").get("text").asText().isEmpty());
      }
      if (members.contains(partner)) fellows.add(partner);
    }
    assertTrue(fellows.size() >= (members.size() - 1) / 2,
        "found " + fellows.size() + " of " + (members.size() - 1) + " fellow campaigners");
    // A stricter threshold can only drop links.
    JsonNode strict = http.json("/api/accounts/" + enc(id) + "/partners?threshold=0.95&limit=100");
    assertTrue(total(strict) <= total(r));
    JsonNode one = http.json("/api/accounts/" + enc(id) + "/partners?threshold=0.5&limit=1");
    assertEquals(1, one.get("partners").size());
    assertEquals(r.get("partners").get(0).get("weight"), one.get("partners").get(0).get("weight"));
  }

  private static long total(JsonNode partners) {
    long n = 0;
    for (JsonNode p : partners.get("partners")) n += p.get("weight").asLong();
    return n;
  }

  @Test
  void anUnknownAccountIs404NamingIt() throws Exception {
    for (String path : new String[] {"/api/accounts/no-such-account",
        "/api/accounts/no-such-account/partners"}) {
      HttpResponse<String> r = http.get(path);
      assertEquals(404, r.statusCode(), path);
      assertTrue(Http.parse(r).get("error").asText().contains("no-such-account"), r.body());
    }
  }

  @Test
  void badParametersAre400NamingThem() throws Exception {
    String id = enc(busiest());
    Map<String, String> bad = Map.of(
        "/api/accounts/" + id + "?offset=Asia/Tokyo", "offset",
        "/api/accounts/" + id + "?offset=%2B25:00", "offset",
        "/api/accounts/" + id + "/partners?threshold=1.5", "threshold",
        "/api/accounts/" + id + "/partners?threshold=0", "threshold",
        "/api/accounts/" + id + "/partners?limit=101", "limit",
        "/api/accounts/" + id + "/partners?limit=0", "limit",
        "/api/accounts/" + id + "/partners?window=soon", "window",
        "/api/accounts/" + id + "/partners?window=none", "window");
    for (Map.Entry<String, String> e : bad.entrySet()) {
      HttpResponse<String> r = http.get(e.getKey());
      assertEquals(400, r.statusCode(), e.getKey());
      assertTrue(Http.parse(r).get("error").asText().contains(e.getValue()),
          e.getKey() + ": " + r.body());
    }
  }
}
