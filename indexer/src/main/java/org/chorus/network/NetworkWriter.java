package org.chorus.network;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.chorus.corpus.AtomicFile;

/**
 * Writes a {@link Network} for Gephi and friends: GraphML, GEXF 1.3, or CSV (an edge table in
 * the file and a node table beside it, {@code NAME.nodes.csv}, as Gephi's spreadsheet import
 * wants). Edges are undirected; parallel edges (several types or windows between the same two
 * accounts) keep distinct ids and a {@code type}/{@code window} attribute. Evidence travels as
 * a readable text attribute: "cluster 3: 123 -> 456, 45s, 0.82 | ...".
 */
public final class NetworkWriter {
  public enum Format { GRAPHML, GEXF, CSV }

  private NetworkWriter() {}

  /** Writes each file whole or not at all ({@link AtomicFile}); a write error is an error. */
  public static void write(Network net, Format format, Path out) throws IOException {
    write(net, format, out, NodeAttributes.NONE, Map.of());
  }

  /** As {@link #write(Network, Format, Path)}, each node with {@code nodes}' attributes too. */
  public static void write(Network net, Format format, Path out, NodeAttributes nodes)
      throws IOException {
    write(net, format, out, nodes, Map.of());
  }

  /**
   * As {@link #write(Network, Format, Path, NodeAttributes)}, with attributes of the whole
   * graph: GraphML data of the graph, GEXF lines of the meta description ("name: value"). CSV
   * has no place for them.
   */
  public static void write(Network net, Format format, Path out, NodeAttributes nodes,
      Map<String, String> graph) throws IOException {
    switch (format) {
      case GRAPHML -> AtomicFile.write(out, os -> xml(os, x -> graphml(net, nodes, graph, x)));
      case GEXF -> AtomicFile.write(out, os -> xml(os, x -> gexf(net, nodes, graph, x)));
      case CSV -> {
        AtomicFile.write(out, os -> edgesCsv(net, os));
        AtomicFile.write(nodesFileFor(out), os -> nodesCsv(net, nodes, os));
      }
    }
  }

  private interface XmlBody {
    void write(XMLStreamWriter x) throws XMLStreamException;
  }

  private static void xml(OutputStream os, XmlBody body) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(os, "UTF-8");
      body.write(x);
      x.flush();
      x.close();
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** Where the CSV node table goes: {@code net.csv} -> {@code net.nodes.csv}. */
  public static Path nodesFileFor(Path edges) {
    String name = edges.getFileName().toString();
    String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    return edges.resolveSibling(base + ".nodes.csv");
  }

  static String window(Duration w) {
    if (w == null) return "none";
    long s = w.getSeconds();
    if (s % 86400 == 0) return s / 86400 + "d";
    if (s % 3600 == 0) return s / 3600 + "h";
    if (s % 60 == 0) return s / 60 + "m";
    return s + "s";
  }

  /** Four decimals are plenty for a count's mean, a z-score or a p-value. */
  static String number(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  static String evidence(Network.Edge e) {
    StringBuilder b = new StringBuilder();
    for (Network.Evidence x : e.evidence()) {
      if (b.length() > 0) b.append(" | ");
      b.append(x.shared()).append(": ").append(x.sourcePost()).append(" -> ")
          .append(x.targetPost()).append(", ").append(x.gapSeconds()).append("s, ")
          .append(String.format(Locale.ROOT, "%.2f", x.similarity()));
    }
    if (e.evidenceCount() > e.evidence().size()) {
      b.append(" | +").append(e.evidenceCount() - e.evidence().size()).append(" more");
    }
    return b.toString();
  }

  private static void graphml(Network net, NodeAttributes extra, Map<String, String> graph,
      XMLStreamWriter x)
      throws XMLStreamException {
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("graphml");
    x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
    key(x, "label", "node", "label", "string");
    key(x, "posts", "node", "posts", "int");
    key(x, "clusters", "node", "clusters", "int");
    for (NodeAttributes.Attribute a : extra.attributes()) {
      key(x, a.name(), "node", a.name(), a.type().graphml);
    }
    key(x, "weight", "edge", "weight", "double");
    key(x, "type", "edge", "type", "string");
    key(x, "window", "edge", "window", "string");
    key(x, "evidence_count", "edge", "evidence_count", "int");
    key(x, "evidence", "edge", "evidence", "string");
    key(x, "cooccurrences", "edge", "cooccurrences", "int");
    key(x, "expected", "edge", "expected", "double");
    key(x, "z", "edge", "z", "double");
    key(x, "p", "edge", "p", "double");
    for (String name : graph.keySet()) key(x, name, "graph", name, "string");
    x.writeStartElement("graph");
    x.writeAttribute("id", xml("chorus"));
    x.writeAttribute("edgedefault", "undirected");
    for (Map.Entry<String, String> a : graph.entrySet()) data(x, a.getKey(), a.getValue());
    for (Network.Node n : net.nodes()) {
      x.writeStartElement("node");
      x.writeAttribute("id", xml(n.account()));
      data(x, "label", n.account());
      data(x, "posts", Integer.toString(n.posts()));
      data(x, "clusters", Integer.toString(n.clusters()));
      List<String> values = extra.values().get(n.account());
      for (int i = 0; values != null && i < values.size(); i++) {
        if (values.get(i) != null) data(x, extra.attributes().get(i).name(), values.get(i));
      }
      x.writeEndElement();
    }
    int id = 0;
    for (Network.Edge e : net.edges()) {
      startEdge(x, id++, e);
      data(x, "weight", Integer.toString(e.weight()));
      data(x, "type", e.type());
      data(x, "window", window(e.window()));
      data(x, "evidence_count", Integer.toString(e.evidenceCount()));
      data(x, "evidence", evidence(e));
      Network.Significance s = e.significance();
      if (s != null) {
        data(x, "cooccurrences", Integer.toString(s.observed()));
        data(x, "expected", number(s.expected()));
        data(x, "z", number(s.z()));
        data(x, "p", number(s.p()));
      }
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
  }

  /** The start of an edge element as GraphML and GEXF both write it: id, source, target. */
  private static void startEdge(XMLStreamWriter x, int id, Network.Edge e)
      throws XMLStreamException {
    x.writeStartElement("edge");
    x.writeAttribute("id", xml("e" + id));
    x.writeAttribute("source", xml(e.source()));
    x.writeAttribute("target", xml(e.target()));
  }

  private static void key(XMLStreamWriter x, String id, String forWhat, String name, String type)
      throws XMLStreamException {
    x.writeEmptyElement("key");
    x.writeAttribute("id", xml(id));
    x.writeAttribute("for", forWhat);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(xml(value));
    x.writeEndElement();
  }

  private static void gexf(Network net, NodeAttributes extra, Map<String, String> graph,
      XMLStreamWriter x)
      throws XMLStreamException {
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("gexf");
    x.writeDefaultNamespace("http://gexf.net/1.3");
    x.writeAttribute("version", "1.3");
    x.writeStartElement("meta");
    x.writeStartElement("creator");
    x.writeCharacters("Chorus");
    x.writeEndElement();
    x.writeStartElement("description");
    StringBuilder description = new StringBuilder(
        "Accounts linked by near-duplicate posts, co-retweets and co-links");
    // GEXF has no graph attributes: the run's manifest goes into the description, a line each.
    graph.forEach((name, value) -> description.append('\n').append(name).append(": ")
        .append(value));
    x.writeCharacters(xml(description.toString()));
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement("graph");
    x.writeAttribute("mode", "static");
    x.writeAttribute("defaultedgetype", "undirected");
    List<String> nodeAttributes = new ArrayList<>(List.of("posts:integer", "clusters:integer"));
    for (NodeAttributes.Attribute a : extra.attributes()) {
      nodeAttributes.add(a.name() + ":" + a.type().gexf);
    }
    attributes(x, "node", nodeAttributes);
    attributes(x, "edge", List.of("type:string", "window:string", "evidence_count:integer",
        "evidence:string", "cooccurrences:integer", "expected:double", "z:double", "p:double"));
    x.writeStartElement("nodes");
    for (Network.Node n : net.nodes()) {
      x.writeStartElement("node");
      x.writeAttribute("id", xml(n.account()));
      x.writeAttribute("label", xml(n.account()));
      x.writeStartElement("attvalues");
      attvalue(x, "0", Integer.toString(n.posts()));
      attvalue(x, "1", Integer.toString(n.clusters()));
      List<String> values = extra.values().get(n.account());
      for (int i = 0; values != null && i < values.size(); i++) {
        if (values.get(i) != null) attvalue(x, Integer.toString(i + 2), values.get(i));
      }
      x.writeEndElement();
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeStartElement("edges");
    int id = 0;
    for (Network.Edge e : net.edges()) {
      startEdge(x, id++, e);
      x.writeAttribute("weight", Integer.toString(e.weight()));
      x.writeAttribute("label", xml(e.type() + " " + window(e.window())));
      x.writeStartElement("attvalues");
      attvalue(x, "0", e.type());
      attvalue(x, "1", window(e.window()));
      attvalue(x, "2", Integer.toString(e.evidenceCount()));
      attvalue(x, "3", evidence(e));
      Network.Significance s = e.significance();
      if (s != null) {
        attvalue(x, "4", Integer.toString(s.observed()));
        attvalue(x, "5", number(s.expected()));
        attvalue(x, "6", number(s.z()));
        attvalue(x, "7", number(s.p()));
      }
      x.writeEndElement();
      x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
  }

  private static void attributes(XMLStreamWriter x, String cls, List<String> titlesAndTypes)
      throws XMLStreamException {
    x.writeStartElement("attributes");
    x.writeAttribute("class", cls);
    for (int i = 0; i < titlesAndTypes.size(); i++) {
      String[] tt = titlesAndTypes.get(i).split(":");
      x.writeEmptyElement("attribute");
      x.writeAttribute("id", xml(Integer.toString(i)));
      x.writeAttribute("title", tt[0]);
      x.writeAttribute("type", tt[1]);
    }
    x.writeEndElement();
  }

  private static void attvalue(XMLStreamWriter x, String forId, String value)
      throws XMLStreamException {
    x.writeEmptyElement("attvalue");
    x.writeAttribute("for", forId);
    x.writeAttribute("value", xml(value));
  }

  /** Drops the characters XML 1.0 cannot carry (control characters, lone surrogates). */
  static String xml(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD)
          || (Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1)))
          || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
      if (!ok && b == null) b = new StringBuilder(s.substring(0, i));
      if (b != null && ok) b.append(c);
    }
    return b == null ? s : b.toString();
  }

  // A Writer reports write errors; a PrintWriter would swallow them (a full disk said "written").
  private static void edgesCsv(Network net, OutputStream os) throws IOException {
    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
    w.write("Source,Target,Type,Weight,kind,window,evidence_count,evidence,cooccurrences,"
        + "expected,z,p\r\n");
    for (Network.Edge e : net.edges()) {
      Network.Significance s = e.significance();
      row(w, e.source(), e.target(), "Undirected", Integer.toString(e.weight()), e.type(),
          window(e.window()), Integer.toString(e.evidenceCount()), evidence(e),
          s == null ? "" : Integer.toString(s.observed()), s == null ? "" : number(s.expected()),
          s == null ? "" : number(s.z()), s == null ? "" : number(s.p()));
    }
    w.flush();
  }

  private static void nodesCsv(Network net, NodeAttributes extra, OutputStream os)
      throws IOException {
    Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
    w.write("Id,Label,posts,clusters");
    for (NodeAttributes.Attribute a : extra.attributes()) w.write("," + a.name());
    w.write("\r\n");
    for (Network.Node n : net.nodes()) {
      List<String> cells = new ArrayList<>(List.of(n.account(), n.account(),
          Integer.toString(n.posts()), Integer.toString(n.clusters())));
      List<String> values = extra.values().get(n.account());
      for (int i = 0; i < extra.attributes().size(); i++) {
        String v = values == null ? null : values.get(i);
        cells.add(v == null ? "" : v);
      }
      row(w, cells.toArray(new String[0]));
    }
    w.flush();
  }

  private static void row(Writer w, String... cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) w.write(',');
      String c = cells[i];
      if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        w.write('"');
        w.write(c.replace("\"", "\"\""));
        w.write('"');
      } else {
        w.write(c);
      }
    }
    w.write("\r\n");
  }
}
