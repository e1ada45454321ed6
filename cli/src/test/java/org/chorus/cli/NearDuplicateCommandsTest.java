package org.chorus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

class NearDuplicateCommandsTest {
  @TempDir Path dir;
  Path index;
  static final Instant T0 = Instant.parse("2019-08-12T03:00:00Z");
  static final String MSG = "Rioters paid by foreign forces are destroying our beautiful city";

  @BeforeEach
  void buildIndex() throws Exception {
    index = dir.resolve("idx");
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      posts.add(Post.builder("c" + i, Account.of("acct" + i), T0.plusSeconds(60L * i),
          (i % 2 == 0 ? "RT @x: " : "") + MSG + " https://t.co/" + i).build());
    }
    posts.add(Post.builder("late", Account.of("acct9"), T0.plusSeconds(7200), MSG).build());
    posts.add(Post.builder("other", Account.of("acct1"), T0.plusSeconds(30),
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

  @Test
  void dupesTableAndJson() throws Exception {
    Run table = run("dupes", "--index", index.toString(), "--quiet");
    assertEquals(0, table.code(), table.err());
    assertTrue(table.out().contains("Rioters paid by foreign forces"), table.out());
    assertTrue(table.out().contains("1 clusters"), table.out());
    Run json = run("dupes", "--index", index.toString(), "--json", "--window", "10m", "--quiet");
    assertEquals(0, json.code(), json.err());
    String[] lines = json.out().strip().split("\n");
    assertEquals(1, lines.length);
    JsonNode c = JsonLines.mapper().readTree(lines[0]);
    assertEquals(5, c.get("size").asInt());
    assertEquals(5, c.get("accounts").asInt());
    assertEquals(240, c.get("span_seconds").asInt());
    assertEquals("c0", c.get("members").get(0).get("id").asText());
    assertEquals(1.0, c.get("members").get(1).get("similarity").asDouble());
  }

  @Test
  void dupesOptionsAreChecked() {
    assertEquals(ExitCode.USAGE, run("dupes", "--index", index.toString(), "--window", "10 parsecs").code());
    Run q = run("dupes", "--index", index.toString(), "--query", "foo AND (");
    assertEquals(ExitCode.USAGE, q.code());
    assertTrue(q.err().startsWith("chorus: --query: bad query 'foo AND ('"), q.err());
    assertEquals(ExitCode.USAGE, run("dupes", "--index", index.toString(), "--threshold", "1.5").code());
    assertEquals(ExitCode.USAGE, run("dupes", "--index", index.toString(), "--from", "yesterday").code());
    Run only = run("dupes", "--index", index.toString(), "--to", "2019-08-12T03:02:00Z", "--json");
    assertEquals(0, only.code(), only.err());
    String[] lines = only.out().strip().split("\n");
    assertEquals(1, lines.length); // posts before 03:02 only: c0 and c1
    assertTrue(lines[0].contains("\"size\":2"), lines[0]);
  }

  @Test
  void similarByTextAndByPost() throws Exception {
    Run t = run("similar", "--index", index.toString(), "--text", MSG, "--json");
    assertEquals(0, t.code(), t.err());
    assertEquals(6, t.out().strip().split("\n").length);
    Run p = run("similar", "--index", index.toString(), "--post", "other");
    assertEquals(0, p.code(), p.err());
    assertTrue(p.out().contains("0 near-duplicates"), p.out());
    Run missing = run("similar", "--index", index.toString(), "--post", "nope");
    assertEquals(ExitCode.USAGE, missing.code());
    assertTrue(missing.err().contains("no post with id 'nope'"), missing.err());
  }

  @Test
  void networkWritesGephiFiles() throws Exception {
    Path out = dir.resolve("net.gexf");
    Run r = run("network", "--index", index.toString(), "--out", out.toString(), "--format", "gexf",
        "--window", "10m,1h", "--quiet");
    assertEquals(0, r.code(), r.err());
    String xml = Files.readString(out);
    assertTrue(xml.contains("<gexf") && xml.contains("acct0"), xml);
    assertTrue(r.out().contains("copy"), r.out());
    assertEquals(ExitCode.USAGE, run("network", "--index", index.toString(), "--out",
        out.toString(), "--format", "dot").code());
  }

  @Test
  void networkNullShiftIsALengthOrSpanAndIsReported() throws Exception {
    Path out = dir.resolve("net.graphml");
    Run span = run("network", "--index", index.toString(), "--out", out.toString(),
        "--null-shift", "span", "--json", "--quiet");
    assertEquals(0, span.code(), span.err());
    assertTrue(span.out().contains("\"null_shift\":\"span\""), span.out());
    Run days = run("network", "--index", index.toString(), "--out", out.toString(),
        "--null-shift", "3d", "--json", "--quiet");
    assertEquals(0, days.code(), days.err());
    assertTrue(days.out().contains("\"null_shift\":\"3d\""), days.out());
    for (String bad : List.of("soon", "0", "500ms")) {
      Run r = run("network", "--index", index.toString(), "--out", out.toString(),
          "--null-shift", bad);
      assertEquals(ExitCode.USAGE, r.code(), bad + ": " + r.err());
      assertTrue(r.err().contains("--null-shift"), r.err());
    }
  }
}
