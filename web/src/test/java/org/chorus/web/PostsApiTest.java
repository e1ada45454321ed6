package org.chorus.web;

import static org.chorus.web.ApiServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code /api/posts/{id}} and its copies. */
class PostsApiTest {
  private static final Http http = ApiServer.bundled().http;

  @Test
  void aPostIsWhatTheSearchFoundAndAnUnknownOneIs404() throws Exception {
    JsonNode hit = http.json("/api/search?lang=zh&size=1&sort=time").get("hits").get(0);
    JsonNode post = http.json("/api/posts/" + enc(hit.get("id").asText()));
    assertEquals(hit.get("id").asText(), post.get("id").asText());
    assertEquals(hit.get("text").asText(), post.get("text").asText());
    assertEquals(hit.get("account").asText(), post.get("account").asText());
    assertEquals(hit.get("time").asText(), post.get("time").asText());
    assertEquals("zh", post.get("lang").asText());
    assertEquals(hit.get("narratives"), post.get("narratives"));
    assertTrue(post.get("hashtags").isArray() && post.get("urls").isArray());

    HttpResponse<String> missing = http.get("/api/posts/no-such-post-here");
    assertEquals(404, missing.statusCode());
    assertEquals(404, Http.parse(missing).get("status").asInt());
    assertEquals(404, http.get("/api/posts/no-such-post-here/copies").statusCode());
  }

  @Test
  void theCopiesOfAClustersRepresentativeHoldTheOtherMembers() throws Exception {
    JsonNode cluster = http.json("/api/clusters?size=1").get("clusters").get(0);
    String rep = cluster.get("representativeId").asText();
    JsonNode members = http.json("/api/clusters/" + cluster.get("id").asInt() + "?size=500")
        .get("members");
    JsonNode copies = http.json("/api/posts/" + enc(rep) + "/copies?limit=500");
    assertEquals(rep, copies.get("post").get("id").asText());
    Set<String> copyIds = new HashSet<>();
    for (JsonNode c : copies.get("copies")) {
      copyIds.add(c.get("id").asText());
      assertTrue(c.get("similarity").asDouble() >= 0.6, c.toString());
      assertTrue(!c.get("text").asText().isEmpty());
    }
    assertTrue(!copyIds.contains(rep), "the post is not its own copy");
    int others = 0;
    for (JsonNode m : members) {
      if (m.get("id").asText().equals(rep)) continue;
      others++;
      assertTrue(copyIds.contains(m.get("id").asText()), m.get("id").asText());
    }
    assertTrue(others > 0);
    assertEquals(copyIds.size(), copies.get("total").asInt());
    assertTrue(copies.get("accounts").asInt() >= cluster.get("accounts").asInt() - 1);

    JsonNode two = http.json("/api/posts/" + enc(rep) + "/copies?limit=2");
    assertEquals(Math.min(2, copyIds.size()), two.get("copies").size());
    assertEquals(copies.get("total").asInt(), two.get("total").asInt(),
        "the total counts copies beyond the limit");
    assertEquals(400, http.get("/api/posts/" + enc(rep) + "/copies?limit=501").statusCode());
    assertEquals(400, http.get("/api/posts/" + enc(rep) + "/copies?threshold=2").statusCode());
  }
}
