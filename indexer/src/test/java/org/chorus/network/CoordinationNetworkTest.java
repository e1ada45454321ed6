package org.chorus.network;

import static org.chorus.dupes.TestIndexes.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.index.DirectoryReader;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;
import org.chorus.dupes.Cluster;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.TestIndexes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CoordinationNetworkTest {
  @TempDir Path dir;

  private static final String MSG = "the rioters are paid by foreign forces to destroy our city";
  private static final String MSG2 = "support the police and restore order to our home now";

  private static Post p(String id, String acct, long minutes, String text) {
    return Post.builder(id, Account.of(acct), T0.plus(Duration.ofMinutes(minutes)), text).build();
  }

  private List<Post> posts() {
    List<Post> posts = new ArrayList<>();
    posts.add(p("1", "a", 0, MSG + " https://t.co/1"));
    posts.add(p("2", "b", 2, "RT @z: " + MSG));
    posts.add(p("3", "c", 90, MSG + " #hk")); // 90 minutes later: only without a 1h window
    posts.add(p("4", "a", 200, MSG2));
    posts.add(p("5", "b", 205, MSG2 + "!!"));
    posts.add(Post.builder("6", Account.of("c"), T0.plusSeconds(60), "RT @n: news").retweetOf("99").build());
    posts.add(Post.builder("7", Account.of("d"), T0.plusSeconds(120), "RT @n: news").retweetOf("99").build());
    posts.add(Post.builder("8", Account.of("d"), T0.plusSeconds(300), "look https://example.com/x")
        .urls(List.of("https://example.com/x")).build());
    posts.add(Post.builder("9", Account.of("e"), T0.plusSeconds(400), "https://example.com/x")
        .urls(List.of("https://example.com/x")).build());
    posts.add(p("10", "f", 1, "an unrelated post about the weather in the city"));
    return posts;
  }

  private Network build(List<Duration> windows) throws Exception {
    try (DirectoryReader r = TestIndexes.write(dir, posts())) {
      return new CoordinationNetwork(r).build(DuplicateFinder.Options.defaults(), windows);
    }
  }

  private static Network.Edge edge(Network n, String type, String a, String b, Duration w) {
    return n.edges().stream().filter(e -> e.type().equals(type) && e.source().equals(a)
        && e.target().equals(b) && java.util.Objects.equals(e.window(), w)).findFirst().orElse(null);
  }

  @Test
  void copyCoRetweetAndCoLinkEdgesWithEvidence() throws Exception {
    Duration hour = Duration.ofHours(1);
    Network n = build(Arrays.asList(hour, null));
    Network.Edge ab = edge(n, "copy", "a", "b", hour);
    assertEquals(2, ab.weight()); // two shared clusters
    assertEquals(2, ab.evidence().size());
    Network.Evidence first = ab.evidence().stream().filter(e -> e.sourcePost().equals("1")).findFirst().orElseThrow();
    assertEquals("2", first.targetPost());
    assertEquals(120, first.gapSeconds());
    assertEquals(1.0, first.similarity());
    assertEquals(null, edge(n, "copy", "a", "c", hour)); // 90 minutes apart
    Network.Edge acAll = edge(n, "copy", "a", "c", null);
    assertEquals(1, acAll.weight());
    assertEquals(5400, acAll.evidence().get(0).gapSeconds());
    assertEquals(1, edge(n, "co-retweet", "c", "d", hour).weight());
    assertEquals("99", edge(n, "co-retweet", "c", "d", hour).evidence().get(0).shared());
    assertEquals(1, edge(n, "co-link", "d", "e", hour).weight());
    Set<String> nodes = new HashSet<>();
    n.nodes().forEach(x -> nodes.add(x.account()));
    assertEquals(Set.of("a", "b", "c", "d", "e"), nodes);
    Network.Node a = n.nodes().stream().filter(x -> x.account().equals("a")).findFirst().orElseThrow();
    assertEquals(2, a.posts());
    assertEquals(2, a.clusters());
  }

  @Test
  void copyEvidenceNamesTheClusterDupesReportsAndCoLinkNamesTheLink() throws Exception {
    Duration hour = Duration.ofHours(1);
    try (DirectoryReader r = TestIndexes.write(dir, posts())) {
      Network n = new CoordinationNetwork(r).build(DuplicateFinder.Options.defaults(), List.of(hour));
      List<Cluster> clusters = new DuplicateFinder(r).find(DuplicateFinder.Options.defaults().withWindow(hour));
      List<Network.Evidence> copies = n.edges().stream().filter(e -> e.type().equals("copy"))
          .flatMap(e -> e.evidence().stream()).toList();
      assertEquals(2, copies.size());
      for (Network.Evidence e : copies) {
        int id = Integer.parseInt(e.shared().replace("cluster ", ""));
        Cluster c = clusters.stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        Set<String> members = new HashSet<>();
        c.members().forEach(m -> members.add(m.postId()));
        assertTrue(members.containsAll(Set.of(e.sourcePost(), e.targetPost())), e + " vs " + c);
      }
      assertEquals("https://example.com/x",
          edge(n, "co-link", "d", "e", hour).evidence().get(0).shared());
    }
  }

  @Test
  void graphmlIsWellFormedWithDeclaredKeys() throws Exception {
    Network n = build(List.of(Duration.ofHours(1)));
    Path out = dir.resolve("net.graphml");
    NetworkWriter.write(n, NetworkWriter.Format.GRAPHML, out);
    Document d = parse(out);
    Element root = d.getDocumentElement();
    assertEquals("graphml", root.getLocalName());
    assertEquals("http://graphml.graphdrawing.org/xmlns", root.getNamespaceURI());
    Set<String> keys = new HashSet<>();
    NodeList keyEls = root.getElementsByTagNameNS("*", "key");
    for (int i = 0; i < keyEls.getLength(); i++) {
      Element k = (Element) keyEls.item(i);
      assertTrue(Set.of("node", "edge").contains(k.getAttribute("for")));
      assertTrue(!k.getAttribute("attr.name").isEmpty() && !k.getAttribute("attr.type").isEmpty());
      keys.add(k.getAttribute("id"));
    }
    Element graph = (Element) root.getElementsByTagNameNS("*", "graph").item(0);
    assertEquals("undirected", graph.getAttribute("edgedefault"));
    Set<String> nodeIds = new HashSet<>();
    NodeList nodes = graph.getElementsByTagNameNS("*", "node");
    for (int i = 0; i < nodes.getLength(); i++) nodeIds.add(((Element) nodes.item(i)).getAttribute("id"));
    assertEquals(n.nodes().size(), nodeIds.size());
    NodeList edges = graph.getElementsByTagNameNS("*", "edge");
    assertEquals(n.edges().size(), edges.getLength());
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      assertTrue(nodeIds.contains(e.getAttribute("source")) && nodeIds.contains(e.getAttribute("target")));
    }
    NodeList data = root.getElementsByTagNameNS("*", "data");
    for (int i = 0; i < data.getLength(); i++) {
      assertTrue(keys.contains(((Element) data.item(i)).getAttribute("key")));
    }
  }

  @Test
  void gexfIsWellFormedWithDeclaredAttributes() throws Exception {
    Network n = build(List.of(Duration.ofHours(1)));
    Path out = dir.resolve("net.gexf");
    NetworkWriter.write(n, NetworkWriter.Format.GEXF, out);
    Element root = parse(out).getDocumentElement();
    assertEquals("gexf", root.getLocalName());
    assertEquals("http://gexf.net/1.3", root.getNamespaceURI());
    assertEquals("1.3", root.getAttribute("version"));
    Element graph = (Element) root.getElementsByTagNameNS("*", "graph").item(0);
    assertEquals("undirected", graph.getAttribute("defaultedgetype"));
    Set<String> nodeAttrs = new HashSet<>(), edgeAttrs = new HashSet<>();
    NodeList attrs = root.getElementsByTagNameNS("*", "attributes");
    for (int i = 0; i < attrs.getLength(); i++) {
      Element a = (Element) attrs.item(i);
      NodeList list = a.getElementsByTagNameNS("*", "attribute");
      for (int j = 0; j < list.getLength(); j++) {
        String id = ((Element) list.item(j)).getAttribute("id");
        (a.getAttribute("class").equals("node") ? nodeAttrs : edgeAttrs).add(id);
      }
    }
    Set<String> nodeIds = new HashSet<>();
    NodeList nodes = root.getElementsByTagNameNS("*", "node");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      nodeIds.add(e.getAttribute("id"));
      checkAttvalues(e, nodeAttrs);
    }
    NodeList edges = root.getElementsByTagNameNS("*", "edge");
    assertEquals(n.edges().size(), edges.getLength());
    Set<String> edgeIds = new HashSet<>();
    for (int i = 0; i < edges.getLength(); i++) {
      Element e = (Element) edges.item(i);
      assertTrue(edgeIds.add(e.getAttribute("id")));
      assertTrue(nodeIds.contains(e.getAttribute("source")) && nodeIds.contains(e.getAttribute("target")));
      assertTrue(Double.parseDouble(e.getAttribute("weight")) > 0);
      checkAttvalues(e, edgeAttrs);
    }
  }

  private static void checkAttvalues(Element owner, Set<String> declared) {
    NodeList values = owner.getElementsByTagNameNS("*", "attvalue");
    assertTrue(values.getLength() > 0);
    for (int i = 0; i < values.getLength(); i++) {
      assertTrue(declared.contains(((Element) values.item(i)).getAttribute("for")));
    }
  }

  @Test
  void csvHasEdgeAndNodeTables() throws Exception {
    Network n = build(List.of(Duration.ofHours(1)));
    Path out = dir.resolve("net.csv");
    NetworkWriter.write(n, NetworkWriter.Format.CSV, out);
    List<String> edges = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals("Source,Target,Type,Weight,kind,window,evidence_count,evidence,cooccurrences,"
        + "expected,z,p", edges.get(0));
    assertEquals(n.edges().size() + 1, edges.size());
    List<String> nodes = Files.readAllLines(dir.resolve("net.nodes.csv"), StandardCharsets.UTF_8);
    assertEquals("Id,Label,posts,clusters", nodes.get(0));
    assertEquals(n.nodes().size() + 1, nodes.size());
  }

  @Test
  void xmlDropsCharactersXmlCannotCarry() {
    assertEquals("ab", NetworkWriter.xml("a\u0001b"));
    assertEquals("a😀", NetworkWriter.xml("a😀"));
  }

  @Test
  void emptyIndexGivesEmptyNetworkAndValidFiles() throws Exception {
    Network n;
    try (DirectoryReader r = TestIndexes.write(dir, List.of())) {
      n = new CoordinationNetwork(r).build(DuplicateFinder.Options.defaults(), List.of(Duration.ofHours(1)));
    }
    assertEquals(0, n.edges().size());
    Path out = dir.resolve("empty.gexf");
    NetworkWriter.write(n, NetworkWriter.Format.GEXF, out);
    assertEquals("gexf", parse(out).getDocumentElement().getLocalName());
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(file.toFile());
  }
}
