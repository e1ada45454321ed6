package org.chorus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chorus.app.DatasetFiles;
import org.chorus.app.IndexRequest;
import org.chorus.app.Indexing;
import org.chorus.app.Investigation;
import org.chorus.app.Progress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NarrativesApiTest {
  private static Investigation labelled, unlabelled;
  private static Workbench fromIndex, fromModel, none;
  private static Http indexHttp, modelHttp, noneHttp;

  @BeforeAll
  static void start() throws Exception {
    labelled = Investigation.open(BundledIndex.path());
    fromIndex = Workbench.start(labelled, new Workbench.Options("127.0.0.1", 0, null));
    Path dir = Files.createTempDirectory("chorus-unlabelled").resolve("index");
    new Indexing().index(new IndexRequest(DatasetFiles.of(List.of(BundledIndex.POSTS)), dir, 2,
        64), Progress.NONE);
    unlabelled = Investigation.open(dir);
    fromModel = Workbench.start(unlabelled,
        new Workbench.Options("127.0.0.1", 0, BundledIndex.MODEL));
    none = Workbench.start(unlabelled, new Workbench.Options("127.0.0.1", 0, null));
    indexHttp = new Http(fromIndex.url());
    modelHttp = new Http(fromModel.url());
    noneHttp = new Http(none.url());
  }

  @AfterAll
  static void stop() throws Exception {
    fromIndex.close();
    fromModel.close();
    none.close();
    labelled.close();
    unlabelled.close();
  }

  private static long sum(JsonNode counts) {
    long n = 0;
    for (JsonNode c : counts) n += c.get("count").asLong();
    return n;
  }

  /** Shares sum to 1, each series sums to its narrative's count, on the totals' buckets. */
  private static Map<String, Long> checkConsistent(JsonNode r) {
    Map<String, Long> counts = new HashMap<>();
    double shares = 0;
    for (JsonNode n : r.get("narratives")) {
      counts.put(n.get("name").asText(), n.get("count").asLong());
      shares += n.get("share").asDouble();
    }
    assertTrue(!counts.isEmpty(), r.toString());
    assertEquals(1.0, shares, 1e-9);
    assertEquals(counts.size(), r.get("series").size());
    for (JsonNode s : r.get("series")) {
      assertEquals(counts.get(s.get("narrative").asText()), sum(s.get("counts")));
      assertEquals(r.get("totals").size(), s.get("counts").size());
      for (int i = 0; i < s.get("counts").size(); i++) {
        assertEquals(r.get("totals").get(i).get("time"), s.get("counts").get(i).get("time"));
        assertTrue(s.get("counts").get(i).get("count").asLong()
            <= r.get("totals").get(i).get("count").asLong());
      }
    }
    return counts;
  }

  @Test
  void fromTheIndexOverTheWholeFilter() throws Exception {
    for (String f : new String[] {"", "q=police", "lang=zh&from=2019-08-01",
        "q=" + URLEncoder.encode("暴徒 OR 暴力", StandardCharsets.UTF_8)}) {
      JsonNode r = indexHttp.json("/api/narratives?" + f);
      assertEquals("index", r.get("source").asText());
      assertTrue(r.get("sampled").isNull());
      long total = indexHttp.json("/api/search?facets=false&size=1&" + f).get("total").asLong();
      assertEquals(total, r.get("posts").asLong(), f);
      assertEquals(total, sum(r.get("totals")), f);
      Map<String, Long> counts = checkConsistent(r);
      for (Map.Entry<String, Long> e : counts.entrySet()) {
        long n = indexHttp.json("/api/search?facets=false&size=1&narrative="
            + URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "&" + f).get("total")
            .asLong();
        assertEquals(n, e.getValue(), f + " " + e.getKey());
        JsonNode top = r.get("top").get(e.getKey());
        assertEquals(Math.min(5, n), top.size());
        for (JsonNode h : top) {
          boolean has = false;
          for (JsonNode x : h.get("narratives")) has |= x.asText().equals(e.getKey());
          assertTrue(has, h.toString());
        }
      }
    }
  }

  @Test
  void fromAModelOnASampleOfAnUnlabelledIndex() throws Exception {
    JsonNode r = modelHttp.json("/api/narratives?bucket=week");
    assertEquals("model", r.get("source").asText());
    assertEquals("week", r.get("bucket").asText());
    assertEquals(2000, r.get("sampled").asInt());
    assertEquals(2000, sum(r.get("totals")));
    Map<String, Long> counts = checkConsistent(r);
    // The bundled index was labelled by the same model: its top posts carry the same narrative.
    for (String name : counts.keySet()) {
      JsonNode top = r.get("top").get(name);
      assertTrue(top.size() > 0 && top.size() <= 5);
      double last = Double.MAX_VALUE;
      for (JsonNode h : top) {
        assertTrue(h.get("score").asDouble() <= last);
        last = h.get("score").asDouble();
        JsonNode same = indexHttp.json("/api/search?facets=false&q=" + URLEncoder.encode(
            "id:\"" + h.get("id").asText() + "\"", StandardCharsets.UTF_8)).get("hits").get(0);
        boolean has = false;
        for (JsonNode x : same.get("narratives")) has |= x.asText().equals(name);
        assertTrue(has, name + " " + same);
      }
    }
    JsonNode small = modelHttp.json("/api/narratives?q=police&from=2019-09-20");
    long total = modelHttp.json("/api/search?facets=false&size=1&q=police&from=2019-09-20")
        .get("total").asLong();
    assertTrue(total > 0 && total < 2000);
    assertEquals(total, small.get("sampled").asLong());
  }

  @Test
  void neitherIsNoneNotAnError() throws Exception {
    HttpResponse<String> r = noneHttp.get("/api/narratives?q=police");
    assertEquals(200, r.statusCode());
    JsonNode n = Http.parse(r);
    assertEquals("none", n.get("source").asText());
    assertEquals(0, n.get("narratives").size());
    assertEquals(0, n.get("series").size());
    assertEquals(0, n.get("totals").size());
    assertEquals(0, n.get("top").size());
  }

  @Test
  void badBucketIs400NamingIt() throws Exception {
    HttpResponse<String> r = modelHttp.get("/api/narratives?bucket=fortnight");
    assertEquals(400, r.statusCode());
    assertTrue(Http.parse(r).get("error").asText().contains("bucket"));
  }
}
