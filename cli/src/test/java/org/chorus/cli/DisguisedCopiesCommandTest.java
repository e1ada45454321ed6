package org.chorus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;
import org.chorus.index.PostDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --similarity} on dupes and similar: parsing, errors, and the evidence shown. */
class DisguisedCopiesCommandTest {
  @TempDir Path dir;
  Path index;
  static final Instant T0 = Instant.parse("2019-08-12T03:00:00Z");
  static final String MSG = "Police stormed the Yuen Long station and beat commuters while"
      + " journalists filmed every minute of the attack";
  static final String WRAPPED = "Must read: " + MSG + " Nobody in government will answer for"
      + " this outrage, everyone here knows exactly why it keeps happening";

  @BeforeEach
  void buildIndex() throws Exception {
    index = dir.resolve("idx");
    List<Post> posts = List.of(
        Post.builder("orig", Account.of("a"), T0, MSG + " https://t.co/1").build(),
        Post.builder("link", Account.of("b"), T0.plusSeconds(60), MSG + " https://t.co/2").build(),
        Post.builder("wrapped", Account.of("c"), T0.plusSeconds(120), WRAPPED).build(),
        Post.builder("other", Account.of("d"), T0.plusSeconds(180),
            "A calm evening by the harbour with friends and family").build());
    try (IndexWriter w = new IndexWriter(FSDirectory.open(index),
        new IndexWriterConfig(new StandardAnalyzer()))) {
      for (Post p : posts) w.addDocument(PostDocuments.toDocument(p));
    }
  }

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    PrintStream oldOut = System.out, oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Chorus.execute(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private static Map<String, JsonNode> members(String jsonLine) throws Exception {
    Map<String, JsonNode> out = new HashMap<>();
    for (JsonNode m : JsonLines.mapper().readTree(jsonLine).get("members")) {
      out.put(m.get("id").asText(), m);
    }
    return out;
  }

  @Test
  void containmentJsonCarriesEachMembersEvidence() throws Exception {
    Run r = run("dupes", "--index", index.toString(), "--similarity", "containment", "--json",
        "--quiet", "--no-fingerprints");
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().strip().split("\n");
    assertEquals(1, lines.length, r.out());
    Map<String, JsonNode> m = members(lines[0]);
    assertEquals(3, m.size());
    JsonNode wrapped = m.get("wrapped");
    assertEquals(1.0, wrapped.get("similarity").asDouble());
    assertEquals(1.0, wrapped.get("containment").asDouble());
    assertTrue(wrapped.get("jaccard").asDouble() < 0.6, wrapped.toString());
    assertEquals(WRAPPED, wrapped.get("text").asText());
    assertEquals(MSG, wrapped.get("shared").asText());
    assertEquals(WRAPPED.indexOf(MSG), wrapped.get("shared_start").asInt());
    assertEquals(WRAPPED.indexOf(MSG) + MSG.length(), wrapped.get("shared_end").asInt());
    JsonNode link = m.get("link");
    assertTrue(link.get("same_words").asBoolean(), link.toString());
    assertFalse(link.has("text"), "a member with the representative's words repeats no text");
  }

  @Test
  void jaccardByDefaultMissesTheWrappedCopy() throws Exception {
    Run r = run("dupes", "--index", index.toString(), "--json", "--quiet", "--no-fingerprints");
    assertEquals(0, r.code(), r.err());
    Map<String, JsonNode> m = members(r.out().strip());
    assertEquals(java.util.Set.of("orig", "link"), m.keySet());
  }

  @Test
  void tableMarksTheSharedRunAndNamesTheMeasure() {
    Run r = run("dupes", "--index", index.toString(), "--similarity", "CONTAINMENT",
        "--members", "--quiet", "--no-fingerprints");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("(containment 1.00, jaccard 0.47): Must read: [Police stormed"),
        r.out());
    assertTrue(r.out().contains("(same words)"), r.out());
    assertTrue(r.out().contains("containment >= 0.70"), r.out());
    Run t = run("dupes", "--index", index.toString(), "--similarity", "containment",
        "--threshold", "0.9", "--quiet", "--no-fingerprints");
    assertTrue(t.out().contains("containment >= 0.90"), t.out());
  }

  @Test
  void similarityOptionIsChecked() {
    Run bad = run("dupes", "--index", index.toString(), "--similarity", "cosine");
    assertEquals(ExitCode.USAGE, bad.code());
    assertTrue(bad.err().contains("similarity must be jaccard or containment: cosine"), bad.err());
    assertFalse(bad.err().contains("Exception"), bad.err());
    assertEquals(ExitCode.USAGE, run("similar", "--index", index.toString(), "--text", MSG,
        "--similarity", "").code());
    assertEquals(ExitCode.USAGE, run("dupes", "--index", index.toString(), "--similarity",
        "containment", "--threshold", "0").code());
  }

  @Test
  void similarInContainmentModeFindsTheWrappedCopy() throws Exception {
    Run r = run("similar", "--index", index.toString(), "--text", MSG, "--similarity",
        "containment", "--json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"wrapped\""), r.out());
    Run j = run("similar", "--index", index.toString(), "--text", MSG, "--json");
    assertEquals(0, j.code(), j.err());
    assertFalse(j.out().contains("\"wrapped\""), j.out());
  }
}
