package org.chorus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chorus.app.Investigation;
import org.junit.jupiter.api.Test;

class ExportApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Investigation investigation = ApiServer.bundled().investigation;
  private static final Workbench workbench = ApiServer.bundled().workbench;
  private static final Http http = ApiServer.bundled().http;

  private static List<CSVRecord> csv(String body) throws Exception {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(body)).getRecords();
  }

  /** The ids of the first {@code n} hits of a search, page by page. */
  private static List<String> searchIds(String filter, String sort, int n) throws Exception {
    List<String> ids = new ArrayList<>();
    for (int page = 1; ids.size() < n; page++) {
      JsonNode r = http.json("/api/search?facets=false&size=100&sort=" + sort + "&page=" + page
          + "&" + filter);
      if (r.get("hits").isEmpty()) break;
      for (JsonNode h : r.get("hits")) if (ids.size() < n) ids.add(h.get("id").asText());
    }
    return ids;
  }

  @Test
  void csvHoldsTheSamePostsInTheSameOrderAsSearch() throws Exception {
    String[] filters = {"q=police", "lang=zh&from=2019-08-01",
        "q=" + URLEncoder.encode("暴徒 OR 暴力", StandardCharsets.UTF_8)};
    for (String f : filters) {
      for (String sort : new String[] {"time", "time-desc", "relevance"}) {
        HttpResponse<String> r = http.get("/api/export?format=csv&limit=250&sort=" + sort + "&" + f);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("attachment; filename=\"chorus-posts.csv\"",
            r.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<CSVRecord> rows = csv(r.body());
        List<String> ids = new ArrayList<>();
        for (CSVRecord row : rows) ids.add(row.get("id"));
        assertEquals(searchIds(f, sort, 250), ids, f + " " + sort);
      }
    }
  }

  @Test
  void csvCellsAreTextToASpreadsheetAndJsonLinesKeepTheTextAsIs() throws Exception {
    // Every post, oldest first, in both formats: the same posts, row for row.
    HttpResponse<String> c = http.get("/api/export?format=csv&sort=time&limit=10000");
    HttpResponse<String> j = http.get("/api/export?format=jsonl&sort=time&limit=10000");
    assertEquals("attachment; filename=\"chorus-posts.jsonl\"",
        j.headers().firstValue("Content-Disposition").orElse(""));
    List<CSVRecord> rows = csv(c.body());
    String[] lines = j.body().split("\n");
    long total = http.json("/api/search?facets=false&size=1").get("total").asLong();
    assertEquals(total, rows.size());
    assertEquals(total, lines.length);
    assertEquals(List.of("id", "account", "screen_name", "time", "lang", "labels", "narratives",
        "text"), rows.get(0).getParser().getHeaderNames());
    int prefixed = 0;
    Map<String, JsonNode> byId = new HashMap<>();
    for (String line : lines) {
      JsonNode post = JSON.readTree(line);
      byId.put(post.get("id").asText(), post);
    }
    for (CSVRecord row : rows) {
      JsonNode post = byId.get(row.get("id"));
      String text = post.get("text").asText();
      char first = text.isEmpty() ? ' ' : text.charAt(0);
      boolean risky = "=+-@\t\r".indexOf(first) >= 0;
      assertEquals(risky ? "'" + text : text, row.get("text"));
      if (risky) prefixed++;
      assertEquals(post.get("time").asText(), row.get("time"));
      List<String> narratives = new ArrayList<>();
      post.get("narratives").forEach(n -> narratives.add(n.asText()));
      assertEquals(String.join(";", narratives), row.get("narratives"));
    }
    assertTrue(prefixed > 0, "the corpus has replies starting with @");
    assertFalse(byId.values().stream().allMatch(p -> p.get("narratives").isEmpty()),
        "the bundled index is labelled");
  }

  @Test
  void badFormatLimitOrQueryIs400NamingItAndNoFile() throws Exception {
    for (String[] bad : new String[][] {{"format=xml", "format"}, {"limit=0", "limit"},
        {"limit=10001", "limit"}, {"limit=many", "limit"}, {"sort=random", "sort"}}) {
      HttpResponse<String> r = http.get("/api/export?" + bad[0]);
      assertEquals(400, r.statusCode(), bad[0]);
      assertTrue(Http.parse(r).get("error").asText().contains(bad[1]), r.body());
    }
    HttpResponse<String> r = http.get("/api/export?q=%28unclosed");
    assertEquals(400, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Disposition").isEmpty());
  }
}
