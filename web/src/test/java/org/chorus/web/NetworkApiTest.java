package org.chorus.web;

import static org.chorus.web.ApiServer.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** {@code /api/network}, its edges' evidence and its downloads. */
class NetworkApiTest {
  private static final String PARAMS = "?window=1d&threshold=0.5";
  private static final Http http = ApiServer.bundled().http;

  @Test
  void aCappedNetworkKeepsTheHeaviestNodesAndOnlyEdgesAmongThem() throws Exception {
    JsonNode whole = http.json("/api/network" + PARAMS + "&maxNodes=1000");
    int total = whole.get("totalNodes").asInt();
    assertTrue(total > 5, "the bundled corpus links more than five accounts: " + total);
    JsonNode capped = http.json("/api/network" + PARAMS + "&maxNodes=5");
    assertTrue(capped.get("cached").asBoolean());
    assertTrue(capped.get("capped").asBoolean());
    assertEquals(total, capped.get("totalNodes").asInt());
    assertEquals(5, capped.get("shownNodes").asInt());
    assertEquals(5, capped.get("nodes").size());
    Set<String> shown = new HashSet<>();
    for (JsonNode n : capped.get("nodes")) shown.add(n.get("id").asText());
    assertEquals(capped.get("shownEdges").asInt(), capped.get("edges").size());
    for (JsonNode e : capped.get("edges")) {
      assertTrue(shown.contains(e.get("source").asText()) && shown.contains(
          e.get("target").asText()), e.toString());
    }
    // The five kept are the heaviest of the whole.
    long lightestKept = Long.MAX_VALUE;
    for (JsonNode n : capped.get("nodes")) {
      lightestKept = Math.min(lightestKept, n.get("weight").asLong());
    }
    for (JsonNode n : whole.get("nodes")) {
      if (!shown.contains(n.get("id").asText())) {
        assertTrue(n.get("weight").asLong() <= lightestKept, n.toString());
      }
    }
    if (!whole.get("capped").asBoolean()) {
      assertEquals(whole.get("totalEdges").asInt(), whole.get("edges").size());
    }
  }

  @Test
  void typesChooseTheEdges() throws Exception {
    JsonNode all = http.json("/api/network" + PARAMS + "&maxNodes=1000");
    int sum = 0;
    for (String type : new String[] {"copy", "co-retweet", "co-link"}) {
      JsonNode one = http.json("/api/network" + PARAMS + "&maxNodes=1000&types=" + type);
      for (JsonNode e : one.get("edges")) assertEquals(type, e.get("type").asText());
      sum += one.get("totalEdges").asInt();
    }
    assertEquals(all.get("totalEdges").asInt(), sum);
    JsonNode copy = http.json("/api/network" + PARAMS + "&types=copy");
    assertTrue(copy.get("totalEdges").asInt() > 0, "copy edges in the bundled corpus");
  }

  @Test
  void anEdgesEvidenceIsPostsOfItsTwoAccounts() throws Exception {
    JsonNode edge = http.json("/api/network" + PARAMS + "&types=copy").get("edges").get(0);
    String source = edge.get("source").asText();
    String target = edge.get("target").asText();
    JsonNode answer = http.json("/api/network/edge" + PARAMS + "&source=" + enc(target)
        + "&target=" + enc(source) + "&type=copy");
    assertEquals(edge.get("weight"), answer.get("weight"));
    assertEquals(edge.get("evidenceCount"), answer.get("evidenceCount"));
    assertTrue(answer.get("evidence").size() > 0);
    Set<String> ends = Set.of(source, target);
    for (JsonNode x : answer.get("evidence")) {
      String a = x.get("sourcePost").get("account").asText();
      String b = x.get("targetPost").get("account").asText();
      assertEquals(ends, Set.of(a, b), x.toString());
      assertTrue(x.get("similarity").asDouble() >= 0.5);
      assertTrue(!x.get("sourcePost").get("text").asText().isEmpty());
    }
    HttpResponse<String> none = http.get("/api/network/edge" + PARAMS + "&source=" + enc(source)
        + "&target=nobody-at-all&type=copy");
    assertEquals(404, none.statusCode());
    assertEquals(400, http.get("/api/network/edge" + PARAMS + "&target=x&type=copy")
        .statusCode());
  }

  @Test
  void downloadsAreTheWholeNetworkInEachFormat() throws Exception {
    JsonNode net = http.json("/api/network" + PARAMS + "&maxNodes=1");
    HttpResponse<String> graphml = http.get("/api/network/download" + PARAMS + "&format=graphml");
    assertEquals(200, graphml.statusCode());
    assertEquals("attachment; filename=\"chorus-network.graphml\"",
        graphml.headers().firstValue("Content-Disposition").orElse(""));
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
        new ByteArrayInputStream(graphml.body().getBytes(StandardCharsets.UTF_8)));
    assertEquals("graphml", doc.getDocumentElement().getTagName());
    assertEquals(net.get("totalNodes").asInt(), doc.getElementsByTagName("node").getLength(),
        "the download is not capped");
    assertEquals(net.get("totalEdges").asInt(), doc.getElementsByTagName("edge").getLength());

    HttpResponse<String> gexf = http.get("/api/network/download" + PARAMS + "&format=gexf");
    assertEquals("gexf", DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
        new ByteArrayInputStream(gexf.body().getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement().getTagName());

    HttpResponse<String> csv = http.get("/api/network/download" + PARAMS + "&format=csv");
    String[] rows = csv.body().split("\r\n");
    assertTrue(rows[0].startsWith("Source,Target,"), rows[0]);
    assertEquals(net.get("totalEdges").asInt() + 1, rows.length);
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    HttpResponse<String> nodes = http.get("/api/network/download" + PARAMS + "&format=csv-nodes");
    assertTrue(nodes.body().startsWith("Id,Label,"), nodes.body());
    assertEquals("attachment; filename=\"chorus-network.nodes.csv\"",
        nodes.headers().firstValue("Content-Disposition").orElse(""));
    assertEquals(400, http.get("/api/network/download" + PARAMS + "&format=pdf").statusCode());
    assertEquals(List.of(), leftovers(), "each download's temporary file is gone once sent");
  }

  // The server closes (and so deletes) a file just after its last byte is sent: allow a moment.
  private static List<Path> leftovers() throws IOException, InterruptedException {
    List<Path> left = List.of();
    for (int i = 0; i < 50; i++) {
      try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
        left = files.filter(p -> p.getFileName().toString().startsWith("chorus-network")).toList();
      }
      if (left.isEmpty()) break;
      Thread.sleep(100);
    }
    return left;
  }

  @Test
  void badParametersAre400NamingThem() throws Exception {
    for (String[] bad : new String[][] {{"threshold=2", "threshold"}, {"window=soon", "window"},
        {"maxNodes=0", "maxNodes"}, {"maxNodes=1001", "maxNodes"}, {"types=x", "types"},
        {"minAccounts=x", "minAccounts"}}) {
      HttpResponse<String> r = http.get("/api/network?" + bad[0]);
      assertEquals(400, r.statusCode(), bad[0]);
      assertTrue(Http.parse(r).get("error").asText().contains(bad[1]), r.body());
    }
  }
}
