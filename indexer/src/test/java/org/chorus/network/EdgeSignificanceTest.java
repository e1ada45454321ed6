package org.chorus.network;

import static org.chorus.dupes.TestIndexes.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.TestIndexes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coordinated pair (the same links and texts within minutes, a handful of times over 100
 * days) against an organic pair of heavy posters of the same popular links at their own times:
 * the organic edge weighs more, but only the coordinated one stands out from the shifts.
 */
class EdgeSignificanceTest {
  @TempDir Path dir;
  private static final Duration HOUR = Duration.ofHours(1);
  private static final long DAYS = 100;
  private static final String[] WORDS = ("police city riot order home peace freedom vote street"
      + " harbour market rain school train night money court press flag crowd bridge tower")
      .split(" ");

  private static Post link(String id, String account, long minutes, String url) {
    return Post.builder(id, Account.of(account), T0.plus(Duration.ofMinutes(minutes)),
        "see " + url).urls(List.of(url)).build();
  }

  private static List<Post> posts() {
    Random rnd = new Random(3);
    List<Post> posts = new ArrayList<>();
    int id = 0;
    long span = DAYS * 24 * 60;
    // Coordinated: 8 links, each posted by a then b 1-9 minutes later, at random times.
    for (int k = 0; k < 8; k++) {
      long t = rnd.nextInt((int) span - 60);
      posts.add(link("p" + id++, "a", t, "https://campaign.example/" + k));
      posts.add(link("p" + id++, "b", t + 1 + rnd.nextInt(9), "https://campaign.example/" + k));
    }
    // Coordinated copies: 5 distinct texts, each posted by a and b minutes apart.
    for (int k = 0; k < 5; k++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 8; w++) text.append(WORDS[rnd.nextInt(WORDS.length)]).append(k).append(' ');
      long t = rnd.nextInt((int) span - 60);
      posts.add(Post.builder("p" + id++, Account.of("a"), T0.plus(Duration.ofMinutes(t)),
          text.toString()).build());
      posts.add(Post.builder("p" + id++, Account.of("b"), T0.plus(Duration.ofMinutes(t + 3)),
          text + "!!").build());
    }
    // Organic: c and d each link 4 popular pages 120 times, at their own random times.
    for (String acct : List.of("c", "d")) {
      for (int k = 0; k < 4; k++) {
        for (int i = 0; i < 120; i++) {
          posts.add(link("p" + id++, acct, rnd.nextInt((int) span), "https://news.example/" + k));
        }
      }
    }
    posts.add(link("p" + id++, "z", span, "https://other.example/")); // the span's end
    return posts;
  }

  private Network build(NullModel nulls, List<Duration> windows) throws Exception {
    try (DirectoryReader r = TestIndexes.write(dir, posts())) {
      return new CoordinationNetwork(r).build(DuplicateFinder.Options.defaults(), windows, nulls);
    }
  }

  private static Network.Edge edge(Network n, String type, String a, String b, Duration w) {
    return n.edges().stream().filter(e -> e.type().equals(type) && e.source().equals(a)
        && e.target().equals(b) && java.util.Objects.equals(e.window(), w)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " edge " + a + "-" + b));
  }

  @Test
  void coordinatedEdgesStandOutAndHeavyOrganicEdgesDoNot() throws Exception {
    Network n = build(new NullModel(50, 1), List.of(HOUR));
    Network.Edge coordinated = edge(n, "co-link", "a", "b", HOUR);
    Network.Edge organic = edge(n, "co-link", "c", "d", HOUR);
    assertTrue(organic.weight() > coordinated.weight(),
        "the organic edge must be the heavier one for this test to mean anything: "
            + organic.weight() + " vs " + coordinated.weight());
    Network.Significance s = coordinated.significance();
    assertEquals(8, s.observed()); // every campaign link, minutes apart
    assertTrue(s.expected() < 0.5, "shifts rarely bring two posts within the hour: " + s);
    assertTrue(s.z() > 5, s.toString());
    assertEquals(1.0 / 51, s.p(), 1e-12, "no shift reached 8");
    assertEquals(50, s.runs());
    Network.Significance o = organic.significance();
    assertEquals(4, o.observed()); // four shared pages, each with posts within the hour
    assertTrue(o.expected() > 3, "heavy posters meet by chance too: " + o);
    assertTrue(o.z() < 2, o.toString());
    assertTrue(o.p() > 0.2, o.toString());
    Network.Significance copy = edge(n, "copy", "a", "b", HOUR).significance();
    assertEquals(5, copy.observed());
    assertTrue(copy.z() > 3 && copy.p() < 0.05, copy.toString());
  }

  @Test
  void theSameSeedGivesTheSameScoresAndAnEdgeWithoutWindowHasNone() throws Exception {
    Duration tenDays = Duration.ofDays(10); // wide enough for shifts to vary by seed
    Network first = build(new NullModel(10, 7), Arrays.asList(tenDays, null));
    Network again = build(new NullModel(10, 7), Arrays.asList(tenDays, null));
    assertEquals(first.edges(), again.edges());
    Network other = build(new NullModel(10, 8), Arrays.asList(tenDays, null));
    Network.Significance seven = edge(first, "co-link", "a", "b", tenDays).significance();
    Network.Significance eight = edge(other, "co-link", "a", "b", tenDays).significance();
    assertEquals(seven.observed(), eight.observed());
    assertTrue(seven.expected() != eight.expected(), seven + " " + eight);
    assertNull(edge(first, "co-link", "a", "b", null).significance());
  }

  @Test
  void withoutANullModelEdgesAreAsBefore() throws Exception {
    Network scored = build(new NullModel(5, 1), List.of(HOUR));
    Network plain = build(null, List.of(HOUR));
    assertEquals(scored.edges().size(), plain.edges().size());
    for (Network.Edge e : plain.edges()) assertNull(e.significance());
    assertEquals(scored.edges().stream().map(e -> e.weight()).toList(),
        plain.edges().stream().map(e -> e.weight()).toList());
  }

  @Test
  void aFilterKeepsTheEdgesItAcceptsAndTheirAccounts() throws Exception {
    Network n = build(new NullModel(20, 1), List.of(HOUR));
    Network strong = n.filter(e -> e.significance() != null && e.significance().z() >= 3);
    assertTrue(strong.edges().stream().allMatch(e -> e.source().equals("a")
        && e.target().equals("b")), strong.edges().toString());
    assertEquals(List.of("a", "b"), strong.nodes().stream().map(Network.Node::account).toList());
  }

  @Test
  void graphmlGexfAndCsvCarryTheScores() throws Exception {
    Network n = build(new NullModel(20, 1), Arrays.asList(HOUR, null));
    Network.Edge ab = edge(n, "co-link", "a", "b", HOUR);
    int index = n.edges().indexOf(ab);
    javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);

    Path graphml = dir.resolve("n.graphml");
    NetworkWriter.write(n, NetworkWriter.Format.GRAPHML, graphml);
    org.w3c.dom.Document g = f.newDocumentBuilder().parse(graphml.toFile());
    org.w3c.dom.Element edge = (org.w3c.dom.Element) g.getElementsByTagNameNS("*", "edge").item(index);
    assertEquals(String.format(java.util.Locale.ROOT, "%.4f", ab.significance().z()),
        data(edge, "z"));
    assertEquals("8", data(edge, "cooccurrences"));
    assertEquals(String.format(java.util.Locale.ROOT, "%.4f", 1.0 / 21), data(edge, "p"));

    Path gexf = dir.resolve("n.gexf");
    NetworkWriter.write(n, NetworkWriter.Format.GEXF, gexf);
    org.w3c.dom.Document x = f.newDocumentBuilder().parse(gexf.toFile());
    org.w3c.dom.Element gedge = (org.w3c.dom.Element) x.getElementsByTagNameNS("*", "edge").item(index);
    org.w3c.dom.NodeList values = gedge.getElementsByTagNameNS("*", "attvalue");
    String z = null;
    for (int i = 0; i < values.getLength(); i++) {
      org.w3c.dom.Element v = (org.w3c.dom.Element) values.item(i);
      if (v.getAttribute("for").equals("6")) z = v.getAttribute("value");
    }
    assertEquals(String.format(java.util.Locale.ROOT, "%.4f", ab.significance().z()), z);

    Path csv = dir.resolve("n.csv");
    NetworkWriter.write(n, NetworkWriter.Format.CSV, csv);
    List<String> rows = java.nio.file.Files.readAllLines(csv);
    assertTrue(rows.get(index + 1).endsWith(",8,"
        + String.format(java.util.Locale.ROOT, "%.4f,%.4f,%.4f", ab.significance().expected(),
            ab.significance().z(), ab.significance().p())), rows.get(index + 1));
    Network.Edge unscored = edge(n, "co-link", "a", "b", null);
    assertTrue(rows.get(n.edges().indexOf(unscored) + 1).endsWith(",,,,"));
  }

  private static String data(org.w3c.dom.Element edge, String key) {
    org.w3c.dom.NodeList data = edge.getElementsByTagNameNS("*", "data");
    for (int i = 0; i < data.getLength(); i++) {
      org.w3c.dom.Element d = (org.w3c.dom.Element) data.item(i);
      if (d.getAttribute("key").equals(key)) return d.getTextContent();
    }
    return null;
  }
}
