package org.chorus.web;

import static org.chorus.web.ApiServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.chorus.app.Investigation;
import org.chorus.app.RequestException;
import org.junit.jupiter.api.Test;

/** The server itself: its headers, its error contract, its static files, search over HTTP. */
class WorkbenchTest {
  private static final Investigation investigation = ApiServer.bundled().investigation;
  private static final Workbench workbench = ApiServer.bundled().workbench;
  private static final Http http = ApiServer.bundled().http;

  @Test
  void listensOnLoopbackByDefault() {
    assertEquals("127.0.0.1", workbench.url().getHost());
    assertFalse(new Workbench.Options("127.0.0.1", 0, null).exposed());
    assertTrue(new Workbench.Options("0.0.0.0", 0, null).exposed());
  }

  @Test
  void searchAnswersWithHitsFacetsAndDaysOfTheWholeMatch() throws Exception {
    JsonNode all = http.json("/api/search?size=5");
    JsonNode zh = http.json("/api/search?size=5&lang=zh&q=" + enc("暴徒 OR 暴力"));
    assertEquals(8000, all.get("total").asLong());
    assertTrue(zh.get("total").asLong() > 0 && zh.get("total").asLong() < 8000);
    assertEquals(5, zh.get("hits").size());
    for (JsonNode h : zh.get("hits")) assertEquals("zh", h.get("lang").asText());
    long days = 0;
    for (JsonNode d : zh.get("perDay")) days += d.get("count").asLong();
    assertEquals(zh.get("total").asLong(), days);
    assertEquals("zh", zh.get("facets").get("languages").get(0).get("value").asText());
    boolean marked = false;
    for (JsonNode s : zh.get("hits").get(0).get("snippet")) marked |= s.get("match").asBoolean();
    assertTrue(marked, "the snippet marks the words that matched");
  }

  @Test
  void everyAnswerCarriesAPolicyThatForbidsInlineScript() throws Exception {
    for (String path : new String[] {"/", "/search?q=x", "/api/search", "/assets/app.js",
        "/nothing-here"}) {
      HttpResponse<String> r = http.get(path);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'"), path + ": " + csp);
      assertFalse(csp.contains("unsafe-inline'") && csp.contains("script-src 'self' 'unsafe"),
          path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
  }

  @Test
  void badQueriesAre400WithTheParsersMessageAndNoTrace() throws Exception {
    for (String q : new String[] {"(unclosed", "\"open phrase", "a".repeat(10) + "~~~~",
        "(".repeat(100) + "x" + ")".repeat(100)}) {
      HttpResponse<String> r = http.get("/api/search?q=" + enc(q));
      assertEquals(400, r.statusCode(), () -> q.substring(0, Math.min(40, q.length())));
      JsonNode body = Http.parse(r);
      assertEquals(400, body.get("status").asInt());
      assertFalse(body.get("error").asText().isBlank());
      assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), r.body());
    }
    assertEquals(400, http.get("/api/search?page=0").statusCode());
    assertEquals(400, http.get("/api/search?size=100000").statusCode());
    assertEquals(400, http.get("/api/search?from=yesterday").statusCode());
    assertEquals(400, http.get("/api/search?sort=random").statusCode());
  }

  @Test
  void unknownPathsAre404AndStaticFilesStayInTheirFolder() throws Exception {
    assertEquals(404, http.get("/api/nothing").statusCode());
    for (String p : new String[] {"/assets/../../../../etc/passwd", "/assets/%2e%2e/%2e%2e/etc/passwd",
        "/assets/..%2f..%2fWorkbench.class", "/webjars/../org/chorus/web/Workbench.class",
        "/assets/%2e%2e%2fchorus-web%2fapp.js/../../../pom.xml"}) {
      HttpResponse<String> r = http.get(p);
      assertTrue(r.statusCode() == 404 || r.statusCode() == 400, p + " gave " + r.statusCode());
      assertFalse(r.body().contains("root:") || r.body().contains("<project"), p);
    }
  }

  @Test
  void servesThePageForEveryViewAndTheChartLibraryFromTheJar() throws Exception {
    for (String view : new String[] {"/", "/search?q=police", "/copies", "/account/abc",
        "/network", "/narratives"}) {
      HttpResponse<String> r = http.get(view);
      assertEquals(200, r.statusCode(), view);
      assertTrue(r.body().contains("/assets/app.js"), view);
      assertFalse(r.body().contains("<script>"), "no inline script");
    }
    HttpResponse<String> echarts = http.get("/webjars/echarts/5.3.1/dist/echarts.min.js");
    assertEquals(200, echarts.statusCode());
    assertTrue(echarts.body().length() > 100_000);
  }

  @Test
  void aPortInUseIsAClearRefusal() {
    RequestException e = assertThrows(RequestException.class, () -> Workbench.start(investigation,
        new Workbench.Options("127.0.0.1", workbench.port(), null)));
    assertTrue(e.getMessage().contains(String.valueOf(workbench.port())), e.getMessage());
  }

  @Test
  void statsDescribeTheIndex() throws Exception {
    JsonNode stats = http.json("/api/stats");
    assertEquals(8000, stats.get("posts").asLong());
    assertNotNull(stats.get("first"));
  }
}
