package org.chorus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chorus.app.DatasetFiles;
import org.chorus.app.IndexRequest;
import org.chorus.app.Indexing;
import org.chorus.app.Investigation;
import org.chorus.app.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The annotation endpoints: off when read-only, and every write behind the session's token. */
class AnnotateApiTest {
  private static Investigation inv;
  private static Workbench annotating;
  private static Path labels;
  private static URI base;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory("chorus-annotate-api");
    Path posts = Files.write(dir.resolve("posts.jsonl"),
        Files.readAllLines(BundledIndex.POSTS).subList(0, 600));
    new Indexing().index(new IndexRequest(DatasetFiles.of(List.of(posts)), dir.resolve("index"),
        1, 32), Progress.NONE);
    inv = Investigation.open(dir.resolve("index"));
    labels = dir.resolve("labels.jsonl");
    annotating = Workbench.start(inv, new Workbench.Options("127.0.0.1", 0, null, labels));
    base = annotating.url();
  }

  @AfterAll
  static void stop() throws Exception {
    annotating.close();
    inv.close();
  }

  private static HttpResponse<String> send(HttpClient client, String method, String path,
      String body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json");
    if (token != null) b.header(AnnotateApi.TOKEN_HEADER, token);
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body));
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpClient withCookies() {
    return HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
  }

  @Test
  void readOnlyWorkbenchRefusesEveryAnnotationPath() throws Exception {
    Http http = ApiServer.bundled().http;
    for (String path : List.of("/api/annotate/session", "/api/annotate/next")) {
      HttpResponse<String> r = http.get(path);
      assertEquals(403, r.statusCode(), path + ": " + r.body());
      assertTrue(Http.parse(r).get("error").asText().contains("read-only"), r.body());
    }
    HttpClient client = HttpClient.newHttpClient();
    URI ro = ApiServer.bundled().workbench.url();
    HttpResponse<String> post = client.send(HttpRequest.newBuilder(ro.resolve(
        "/api/annotate/answers")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(403, post.statusCode(), post.body());
  }

  @Test
  void writesNeedTheSessionsTokenAndTheSessionCookie() throws Exception {
    String answer = "{\"annotator\":\"ana\",\"answers\":[{\"id\":\"%s\",\"labels\":[\"x\"]}]}";
    HttpClient browser = withCookies();
    JsonNode session = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        send(browser, "GET", "/api/annotate/session", null, null).body());
    String token = session.get("token").asText();
    assertTrue(token.length() >= 32, token);
    JsonNode next = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        send(browser, "GET", "/api/annotate/next?n=3", null, null).body());
    assertEquals(3, next.get("proposals").size());
    String id = next.get("proposals").get(0).get("id").asText();
    long before = Files.exists(labels) ? Files.readAllLines(labels).size() : 0;

    // No token; a wrong token; the right token from another client (no session cookie).
    assertEquals(403, send(browser, "POST", "/api/annotate/answers",
        answer.formatted(id), null).statusCode());
    assertEquals(403, send(browser, "POST", "/api/annotate/answers",
        answer.formatted(id), token + "0").statusCode());
    assertEquals(403, send(HttpClient.newHttpClient(), "POST", "/api/annotate/answers",
        answer.formatted(id), token).statusCode());
    assertEquals(403, send(browser, "POST", "/api/annotate/train", "{}", null).statusCode());
    assertEquals(403, send(browser, "POST", "/api/annotate/label-index", "{}", "nope")
        .statusCode());
    assertEquals(before, Files.exists(labels) ? Files.readAllLines(labels).size() : 0,
        "refused writes wrote nothing");

    HttpResponse<String> ok = send(browser, "POST", "/api/annotate/answers",
        answer.formatted(id), token);
    assertEquals(200, ok.statusCode(), ok.body());
    List<String> lines = Files.readAllLines(labels);
    assertEquals(before + 1, lines.size());
    String last = lines.get(lines.size() - 1);
    assertTrue(last.contains("\"id\":\"" + id + "\"") && last.contains("\"labels\":[\"x\"]")
        && last.contains("\"annotator\":\"ana\"") && last.contains("\"source\":\"human\""), last);

    HttpResponse<String> unknown = send(browser, "POST", "/api/annotate/answers",
        answer.formatted("no-such-post"), token);
    assertEquals(404, unknown.statusCode(), unknown.body());
    assertFalse(Files.readString(labels).contains("no-such-post"));
  }
}
