package org.chorus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code /api/clusters} and {@code /api/clusters/{id}}. */
class CopiesApiTest {
  private static final Http http = ApiServer.bundled().http;

  private static List<Integer> ids(JsonNode answer) {
    List<Integer> ids = new ArrayList<>();
    for (JsonNode c : answer.get("clusters")) ids.add(c.get("id").asInt());
    return ids;
  }

  @Test
  void clustersComeMostAccountsFirstAndPagesAreStable() throws Exception {
    String params = "?threshold=0.5&minAccounts=2";
    JsonNode first = http.json("/api/clusters" + params + "&size=10");
    JsonNode again = http.json("/api/clusters" + params + "&size=10");
    assertTrue(again.get("cached").asBoolean(), "the same parameters reuse the result");
    assertTrue(first.get("total").asInt() > 10, "enough clusters to page: " + first);
    assertTrue(first.get("postsScanned").asInt() > 0);
    JsonNode p1 = http.json("/api/clusters" + params + "&size=5&page=1");
    JsonNode p2 = http.json("/api/clusters" + params + "&size=5&page=2");
    List<Integer> paged = new ArrayList<>(ids(p1));
    paged.addAll(ids(p2));
    assertEquals(ids(first), paged);
    assertEquals(ids(first), ids(again));
    int previous = Integer.MAX_VALUE;
    for (JsonNode c : first.get("clusters")) {
      int accounts = c.get("accounts").asInt();
      assertTrue(accounts <= previous, "most accounts first");
      assertTrue(accounts >= 2 && accounts <= c.get("size").asInt());
      previous = accounts;
      long inBurst = 0;
      for (JsonNode b : c.get("burst")) inBurst += b.get("count").asLong();
      assertEquals(c.get("size").asLong(), inBurst, "every member falls in a burst bucket");
      assertTrue(c.get("burst").size() <= 60);
      JsonNode top = c.get("topAccounts");
      assertTrue(top.size() >= 1 && top.size() <= 5);
      for (int i = 1; i < top.size(); i++) {
        assertTrue(top.get(i - 1).get("count").asInt() >= top.get(i).get("count").asInt());
      }
      assertEquals(Instant.parse(c.get("last").asText()).getEpochSecond()
          - Instant.parse(c.get("first").asText()).getEpochSecond(), c.get("spanSeconds").asLong());
    }
    JsonNode beyond = http.json("/api/clusters" + params + "&size=5&page=100000");
    assertEquals(0, beyond.get("clusters").size());
    assertEquals(first.get("total"), beyond.get("total"));
  }

  @Test
  void aClustersMembersAreAsManyAsItsSizeAndPageInTimeOrder() throws Exception {
    JsonNode cluster = http.json("/api/clusters?size=1").get("clusters").get(0);
    int id = cluster.get("id").asInt();
    int size = cluster.get("size").asInt();
    JsonNode all = http.json("/api/clusters/" + id + "?size=500");
    assertEquals(size, all.get("total").asInt());
    assertEquals(Math.min(size, 500), all.get("members").size());
    assertEquals(cluster, all.get("cluster"));
    Set<String> ids = new HashSet<>();
    Set<String> accounts = new HashSet<>();
    Instant previous = Instant.MIN;
    for (JsonNode m : all.get("members")) {
      ids.add(m.get("id").asText());
      accounts.add(m.get("account").asText());
      Instant t = Instant.parse(m.get("time").asText());
      assertFalse(t.isBefore(previous));
      previous = t;
      assertFalse(m.get("text").asText().isEmpty());
    }
    assertEquals(all.get("members").size(), ids.size());
    assertTrue(ids.contains(cluster.get("representativeId").asText()));
    assertEquals(cluster.get("accounts").asInt(), accounts.size());
    JsonNode second = http.json("/api/clusters/" + id + "?size=1&page=2");
    assertEquals(all.get("members").get(1), second.get("members").get(0));
  }

  @Test
  void unknownClustersAre404AndBadParametersAre400NamingThem() throws Exception {
    assertEquals(404, http.get("/api/clusters/999999").statusCode());
    assertEquals(404, http.get("/api/clusters/abc").statusCode());
    for (String[] bad : new String[][] {{"threshold=2", "threshold"}, {"window=soon", "window"},
        {"minAccounts=0", "minAccounts"}, {"size=0", "size"}, {"threshold=0", "threshold"}}) {
      for (String path : new String[] {"/api/clusters?", "/api/clusters/1?"}) {
        HttpResponse<String> r = http.get(path + bad[0]);
        assertEquals(400, r.statusCode(), path + bad[0]);
        assertTrue(Http.parse(r).get("error").asText().contains(bad[1]), r.body());
      }
    }
  }

  @Test
  void aWindowSplitsClustersAndIsPartOfTheirIdentity() throws Exception {
    http.json("/api/clusters?size=100");
    JsonNode minute = http.json("/api/clusters?size=100&window=1m");
    assertFalse(minute.get("cached").asBoolean(), "another window is another request");
    assertTrue(minute.get("total").asInt() > 0);
    for (JsonNode c : minute.get("clusters")) {
      assertTrue(c.get("spanSeconds").asLong() <= 60, c.toString());
    }
  }
}
