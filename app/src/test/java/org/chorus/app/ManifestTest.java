package org.chorus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chorus.app.VerifyResult.Status;
import org.chorus.corpus.InvalidInputException;
import org.chorus.network.NetworkWriter;
import org.chorus.search.PostFilter;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run manifests written by each operation that writes a file, and checked by verify. */
class ManifestTest {
  @TempDir Path dir;

  @Test
  void indexManifestRecordsInputsAndCommitAndVerifiesUntilAnInputChangesOrGoes()
      throws Exception {
    Path posts = Fixtures.posts(dir, 300);
    Path index = dir.resolve("idx");
    IndexResult r = new Indexing().index(new IndexRequest(DatasetFiles.of(List.of(posts)), index,
        1, 64), Progress.NONE);

    Path sidecar = dir.resolve("idx.manifest.json");
    assertEquals(sidecar, Manifests.sidecar(index));
    RunManifest m = Manifests.read(sidecar);
    assertEquals("index", m.command());
    assertEquals(Manifests.chorusVersion(), m.chorusVersion());
    assertFalse(m.chorusVersion().isBlank() || m.chorusVersion().equals("unknown"));
    assertEquals(1, m.inputs().size());
    FileDigest in = m.inputs().get(0);
    assertEquals(posts.toAbsolutePath().toString(), in.path());
    assertEquals(Files.size(posts), in.bytes());
    assertEquals(sha256(posts), in.sha256());
    assertEquals(r.postsInIndex(), m.index().docs());
    assertTrue(IndexIdentity.of(index).sameCommit(m.index()));
    assertEquals(index.toAbsolutePath().toString(), m.parameters().get("index").asText());
    assertEquals(1, m.parameters().get("threads").asInt());

    assertTrue(Verifying.verify(new VerifyRequest(index)).ok());

    Files.writeString(posts, "\n", StandardOpenOption.APPEND);
    VerifyResult changed = Verifying.verify(new VerifyRequest(index));
    assertEquals(Status.CHANGED, item(changed, "input").status());
    assertEquals(Status.OK, item(changed, "index").status());

    Files.delete(posts);
    VerifyResult missing = Verifying.verify(new VerifyRequest(sidecar));
    assertEquals(Status.MISSING, item(missing, "input").status());
    assertNull(item(missing, "input").found());
  }

  @Test
  void aSecondIndexRunKeepsTheFirstAsAnEarlierRunAndAnotherWriterChangesTheIndex()
      throws Exception {
    Path first = Fixtures.posts(dir.resolve("a"), 200);
    Path second = Fixtures.posts(dir.resolve("b"), 400);
    Path index = dir.resolve("idx");
    new Indexing().index(new IndexRequest(DatasetFiles.of(List.of(first)), index, 1, 64),
        Progress.NONE);
    new Indexing().index(new IndexRequest(DatasetFiles.of(List.of(second)), index, 1, 64),
        Progress.NONE);

    RunManifest m = Manifests.read(Manifests.sidecar(index));
    assertEquals(second.toAbsolutePath().toString(), m.inputs().get(0).path());
    assertEquals(1, m.earlierRuns().size());
    assertEquals(first.toAbsolutePath().toString(),
        m.earlierRuns().get(0).inputs().get(0).path());
    VerifyResult v = Verifying.verify(new VerifyRequest(index));
    assertTrue(v.ok());
    assertEquals(3, v.items().size()); // input, index, the earlier run's input

    // Labelling in place is a run of its own: the index's commit moves on, its history stays.
    Path model = Fixtures.model(dir, first, false);
    Narratives.labelIndex(new LabelIndexRequest(model, index, PostFilter.ALL, 1),
        Progress.NONE);
    RunManifest labelled = Manifests.read(Manifests.sidecar(index));
    assertEquals("label", labelled.command());
    assertEquals(sha256(model), labelled.model().sha256());
    assertEquals(2, labelled.earlierRuns().size());
    assertTrue(Verifying.verify(new VerifyRequest(index)).ok());
    assertFalse(m.index().sameCommit(labelled.index()));
  }

  @Test
  void labelAndTrainRecordModelAndOutputHashes() throws Exception {
    Path posts = Fixtures.posts(dir, 600);
    Path model = Fixtures.model(dir, posts, true);
    RunManifest trained = Manifests.read(Manifests.sidecar(model));
    assertEquals("train", trained.command());
    assertEquals(sha256(posts), trained.inputs().get(0).sha256());
    assertEquals(sha256(model), trained.outputs().get(0).sha256());
    assertTrue(Verifying.verify(new VerifyRequest(model)).ok());

    Path out = dir.resolve("labels.jsonl");
    Narratives.label(new LabelRequest(model, DatasetFiles.of(List.of(posts)), out, 2),
        Progress.NONE);
    RunManifest m = Manifests.read(dir.resolve("labels.jsonl.manifest.json"));
    assertEquals("label", m.command());
    assertEquals(sha256(model), m.model().sha256());
    assertEquals(sha256(out), m.outputs().get(0).sha256());
    assertNull(m.index());
    assertTrue(Verifying.verify(new VerifyRequest(out)).ok());

    // An edited output no longer is what the run wrote; a retrained model no longer the one used.
    Files.writeString(out, "{}\n", StandardOpenOption.APPEND);
    assertEquals(Status.CHANGED, item(Verifying.verify(new VerifyRequest(out)), "output")
        .status());
    Files.write(model, new byte[] {1, 2, 3});
    VerifyResult v = Verifying.verify(new VerifyRequest(out));
    assertEquals(Status.CHANGED, item(v, "model").status());
    assertEquals(Status.OK, item(v, "input").status());
  }

  @Test
  void networkGraphmlCarriesTheManifestAsGraphAttributesAndGexfInItsDescription()
      throws Exception {
    Path index = Fixtures.index(dir, Fixtures.posts(dir, 2000));
    NetworkRequest request = new NetworkRequest(PostFilter.ALL, Copies.DEFAULT,
        List.of(Duration.ofHours(1)));
    Path graphml = dir.resolve("net.graphml");
    Path gexf = dir.resolve("net.gexf");
    try (Investigation investigation = Investigation.open(index)) {
      Investigation.Coordination found = investigation.network(request, Progress.NONE);
      assertEquals(List.of(graphml), investigation.write(request, found,
          NetworkWriter.Format.GRAPHML, graphml));
      investigation.write(request, found, NetworkWriter.Format.GEXF, gexf);
    }
    RunManifest m = Manifests.read(Manifests.sidecar(graphml));
    assertEquals("network", m.command());
    assertEquals(IndexIdentity.of(index).id(), m.index().id());
    assertEquals(sha256(graphml), m.outputs().get(0).sha256());
    assertEquals("GRAPHML", m.parameters().get("format").asText());

    Map<String, String> graph = graphAttributes(graphml);
    assertEquals("network", graph.get("chorus_command"));
    assertEquals(Manifests.chorusVersion(), graph.get("chorus_version"));
    assertEquals(m.index().segmentsFile() + " id " + m.index().id(),
        graph.get("chorus_index_commit"));
    assertEquals(m.created().toString(), graph.get("chorus_created"));
    assertTrue(graph.get("chorus_parameters").contains("\"windows\":[\"PT1H\"]"),
        graph.get("chorus_parameters"));
    String description = Files.readString(gexf);
    assertTrue(description.contains("chorus_command: network"));
    assertTrue(description.contains("chorus_index_commit: " + m.index().segmentsFile()));

    assertTrue(Verifying.verify(new VerifyRequest(graphml)).ok());
    new Indexing().index(new IndexRequest(DatasetFiles.of(List.of(Fixtures.posts(
        dir.resolve("more"), 10))), index, 1, 64), Progress.NONE);
    assertEquals(Status.CHANGED, item(Verifying.verify(new VerifyRequest(graphml)), "index")
        .status());
  }

  @Test
  void convertRecordsItsInputAndOutput() throws Exception {
    Path posts = Fixtures.posts(dir, 50);
    Path out = dir.resolve("out/converted.jsonl");
    new Indexing().convert(new ConvertRequest(DatasetFiles.of(List.of(posts)), out),
        Progress.NONE);
    RunManifest m = Manifests.read(Manifests.sidecar(out));
    assertEquals("convert", m.command());
    assertEquals(sha256(posts), m.inputs().get(0).sha256());
    assertEquals(sha256(out), m.outputs().get(0).sha256());
    Files.delete(out);
    assertEquals(Status.MISSING, item(Verifying.verify(new VerifyRequest(out)), "output")
        .status());
  }

  @Test
  void aBadManifestIsNamedByFileLineAndField() throws Exception {
    Path out = dir.resolve("x.jsonl");
    Path sidecar = Manifests.sidecar(out);

    Files.writeString(sidecar, "{\n  \"manifest\": \"chorus-run-manifest/1\",\n  \"inputs\": [\n");
    InvalidInputException truncated = assertThrows(InvalidInputException.class,
        () -> Verifying.verify(new VerifyRequest(out)));
    assertTrue(truncated.getMessage().startsWith(sidecar + ":"), truncated.getMessage());
    assertTrue(truncated.getMessage().contains("not valid JSON"), truncated.getMessage());

    Files.writeString(sidecar, "{\"manifest\": \"chorus-run-manifest/1\", \"command\": \"label\","
        + "\n\"created\": \"2026-01-01T00:00:00Z\",\n\"inputs\": [{\"path\": \"/a\", \"bytes\":"
        + " \"many\", \"sha256\": \"00\"}]}");
    InvalidInputException bytes = assertThrows(InvalidInputException.class,
        () -> Manifests.read(sidecar));
    assertEquals(sidecar + ":3: inputs[0].bytes: expected a whole number, found 'many'",
        bytes.getMessage());

    Files.writeString(sidecar, "{\"manifest\": \"chorus-run-manifest/1\", \"command\": \"label\","
        + "\"created\": \"2026-01-01T00:00:00Z\",\"inputs\": [{\"path\": \"/a\", \"bytes\": 1,"
        + " \"sha256\": \"00\"}]}");
    InvalidInputException sha = assertThrows(InvalidInputException.class,
        () -> Manifests.read(sidecar));
    assertEquals("inputs[0].sha256", sha.rejection().field());

    Files.writeString(sidecar, "{\"command\": \"label\"}");
    assertEquals("manifest", assertThrows(InvalidInputException.class,
        () -> Manifests.read(sidecar)).rejection().field());

    Files.delete(sidecar);
    InvalidInputException none = assertThrows(InvalidInputException.class,
        () -> Verifying.verify(new VerifyRequest(out)));
    assertTrue(none.getMessage().contains("has no run manifest"), none.getMessage());
  }

  private static VerifyResult.Item item(VerifyResult r, String kind) {
    return r.items().stream().filter(i -> i.kind().equals(kind) && i.run() == 0).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " in " + r.items()));
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(Files.readAllBytes(file)));
  }

  private static Map<String, String> graphAttributes(Path graphml) throws Exception {
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(graphml.toFile());
    Map<String, String> names = new HashMap<>();
    NodeList keys = doc.getElementsByTagName("key");
    for (int i = 0; i < keys.getLength(); i++) {
      Element k = (Element) keys.item(i);
      if (k.getAttribute("for").equals("graph")) {
        names.put(k.getAttribute("id"), k.getAttribute("attr.name"));
      }
    }
    Map<String, String> values = new HashMap<>();
    Element graph = (Element) doc.getElementsByTagName("graph").item(0);
    for (var n = graph.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals("data")) {
        assertNotNull(names.get(e.getAttribute("key")), "a graph key for " + e.getAttribute("key"));
        values.put(names.get(e.getAttribute("key")), e.getTextContent());
      }
    }
    return values;
  }
}
