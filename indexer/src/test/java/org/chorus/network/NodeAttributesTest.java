package org.chorus.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Communities of a network, and extra node attributes in GraphML, GEXF and CSV. */
class NodeAttributesTest {
  @TempDir Path dir;

  static final Network NET = new Network(
      List.of(new Network.Node("a", 3, 1), new Network.Node("b", 2, 1),
          new Network.Node("c", 1, 0), new Network.Node("d", 4, 1), new Network.Node("e", 1, 1),
          new Network.Node("f", 1, 1)),
      List.of(edge("a", "b"), edge("d", "e"), edge("e", "f"), edge("f", "d")));

  static final NodeAttributes ATTRS = new NodeAttributes(
      List.of(new NodeAttributes.Attribute("community", NodeAttributes.Type.INT),
          new NodeAttributes.Attribute("work_share", NodeAttributes.Type.DOUBLE),
          new NodeAttributes.Attribute("screen_name", NodeAttributes.Type.STRING)),
      Map.of("a", Arrays.asList("2", "0.75", "anna1234"), "b", Arrays.asList("2", "0.5", null)));

  private static Network.Edge edge(String s, String t) {
    return new Network.Edge(s, t, "copy", Duration.ofHours(1), 1, 0, List.of());
  }

  @Test
  void communitiesAreConnectedComponentsLargestFirst() {
    assertEquals(List.of(List.of("d", "e", "f"), List.of("a", "b"), List.of("c")),
        Communities.of(NET));
  }

  @Test
  void graphmlDeclaresAndCarriesTheAttributes() throws Exception {
    Path out = dir.resolve("n.graphml");
    NetworkWriter.write(NET, NetworkWriter.Format.GRAPHML, out, ATTRS);
    Document doc = parse(out);
    NodeList keys = doc.getElementsByTagName("key");
    boolean declared = false;
    for (int i = 0; i < keys.getLength(); i++) {
      Element k = (Element) keys.item(i);
      if (k.getAttribute("id").equals("work_share")) {
        declared = k.getAttribute("for").equals("node") && k.getAttribute("attr.type").equals("double");
      }
    }
    assertTrue(declared);
    Element a = node(doc, "a");
    assertEquals("0.75", data(a, "work_share"));
    assertEquals("anna1234", data(a, "screen_name"));
    assertEquals(null, data(node(doc, "b"), "screen_name"), "unknown values are left out");
    assertEquals(null, data(node(doc, "c"), "community"), "a node without values has none");
  }

  @Test
  void gexfDeclaresAndCarriesTheAttributes() throws Exception {
    Path out = dir.resolve("n.gexf");
    NetworkWriter.write(NET, NetworkWriter.Format.GEXF, out, ATTRS);
    Document doc = parse(out);
    NodeList attrs = doc.getElementsByTagName("attribute");
    String workId = null;
    for (int i = 0; i < attrs.getLength(); i++) {
      Element e = (Element) attrs.item(i);
      if (e.getAttribute("title").equals("work_share")) {
        assertEquals("double", e.getAttribute("type"));
        assertEquals("node", ((Element) e.getParentNode()).getAttribute("class"));
        workId = e.getAttribute("id");
      }
    }
    assertEquals("3", workId, "after posts (0) and clusters (1), then community (2)");
    NodeList values = node(doc, "a").getElementsByTagName("attvalue");
    String work = null;
    for (int i = 0; i < values.getLength(); i++) {
      Element v = (Element) values.item(i);
      if (v.getAttribute("for").equals(workId)) work = v.getAttribute("value");
    }
    assertEquals("0.75", work);
  }

  @Test
  void csvNodeTableGetsAColumnEach() throws Exception {
    Path out = dir.resolve("n.csv");
    NetworkWriter.write(NET, NetworkWriter.Format.CSV, out, ATTRS);
    List<String> lines = Files.readAllLines(NetworkWriter.nodesFileFor(out));
    assertEquals("Id,Label,posts,clusters,community,work_share,screen_name", lines.get(0));
    assertEquals("a,a,3,1,2,0.75,anna1234", lines.get(1));
    assertEquals("c,c,1,0,,,", lines.get(3));
  }

  @Test
  void valuesMustMatchTheAttributes() {
    assertThrows(IllegalArgumentException.class, () -> new NodeAttributes(
        ATTRS.attributes(), Map.of("a", List.of("1"))));
  }

  private static Document parse(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  private static Element node(Document doc, String id) {
    NodeList nodes = doc.getElementsByTagName("node");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element n = (Element) nodes.item(i);
      if (n.getAttribute("id").equals(id)) return n;
    }
    throw new AssertionError("no node " + id);
  }

  private static String data(Element node, String key) {
    NodeList data = node.getElementsByTagName("data");
    for (int i = 0; i < data.getLength(); i++) {
      Element d = (Element) data.item(i);
      if (d.getAttribute("key").equals(key)) return d.getTextContent();
    }
    return null;
  }
}
