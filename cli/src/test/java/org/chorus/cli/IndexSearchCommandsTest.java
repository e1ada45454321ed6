package org.chorus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index, search and stats end to end through {@link Chorus#execute}. */
class IndexSearchCommandsTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {
    List<JsonNode> json() throws IOException {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isBlank()) nodes.add(JsonLines.mapper().readTree(line));
      }
      return nodes;
    }
  }

  static synchronized Run run(String... args) {
    PrintStream out = System.out, err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Chorus.execute(args);
      return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  /** 30 posts: even ones English about violence by acct0/acct1, odd ones Chinese by acct2. */
  private Path dataset() throws IOException {
    List<String> lines = new ArrayList<>();
    Instant t0 = Instant.parse("2019-08-01T10:00:00Z");
    for (int i = 0; i < 30; i++) {
      boolean en = i % 2 == 0;
      Post p = Post.builder("id" + i, Account.of(en ? "acct" + (i % 4 / 2) : "acct2"),
              t0.plusSeconds(i * 7200L),
              en ? "Rioters bring violence again, post " + i : "暴徒又來了 第" + i + "帖")
          .lang(en ? "en" : "zh").hashtags(en ? List.of("HK") : List.of())
          .labels(List.of(en ? "troll" : "news")).build();
      lines.add(PostJson.write(p));
    }
    return Files.write(tmp.resolve("posts.jsonl"), lines, StandardCharsets.UTF_8);
  }

  @Test
  void indexThenSearchThenStats() throws IOException {
    Path input = dataset();
    Path index = tmp.resolve("idx");
    Run indexed = run("index", "--input", input.toString(), "--index", index.toString(),
        "--threads", "2", "--json", "--quiet");
    assertEquals(0, indexed.code(), indexed.err());
    JsonNode summary = indexed.json().get(0);
    assertEquals(30, summary.get("read").asLong());
    assertEquals(30, summary.get("indexed").asLong());
    assertEquals(0, summary.get("updated").asLong());

    Run search = run("search", "--index", index.toString(), "violent", "--json", "--sort", "time",
        "--size", "3");
    assertEquals(0, search.code(), search.err());
    List<JsonNode> lines = search.json();
    List<JsonNode> hits = lines.stream().filter(n -> n.get("type").asText().equals("hit")).toList();
    assertEquals(List.of("id0", "id2", "id4"), hits.stream().map(h -> h.get("id").asText()).toList());
    assertTrue(hits.get(0).get("snippet").asText().contains("**violence**"));
    assertTrue(lines.stream().anyMatch(n -> n.get("type").asText().equals("facet")
        && n.get("facet").asText().equals("hashtag") && n.get("value").asText().equals("hk")
        && n.get("count").asLong() == 15));
    assertTrue(lines.stream().anyMatch(n -> n.get("type").asText().equals("day")));
    assertEquals(15, lines.get(lines.size() - 1).get("total").asLong());

    Run zh = run("search", "--index", index.toString(), "暴徒", "--lang", "zh", "--from",
        "2019-08-02", "--to", "2019-08-02", "--no-facets");
    assertEquals(0, zh.code(), zh.err());
    // Odd posts every 4 hours from 12:00 on Aug 1: on Aug 2, hours 0..22 step 4 -> 6 posts.
    assertTrue(zh.out().startsWith("6 posts match"), zh.out());
    assertTrue(zh.out().contains("**暴徒**"));
    assertFalse(zh.out().contains("language"), "no facet tables with --no-facets");

    Run table = run("search", "--index", index.toString(), "--account", "acct2,acct0");
    assertTrue(table.out().startsWith("23 posts match"), table.out());
    assertTrue(table.out().contains("account") && table.out().contains("language"));

    Run stats = run("stats", "--index", index.toString(), "--json");
    assertEquals(0, stats.code(), stats.err());
    JsonNode totals = stats.json().get(0);
    assertEquals(30, totals.get("posts").asLong());
    assertEquals(3, totals.get("accounts").asLong());
    assertEquals("2019-08-01T10:00:00Z", totals.get("first").asText());
    assertTrue(stats.json().stream().anyMatch(n -> n.get("type").asText().equals("label")
        && n.get("value").asText().equals("troll") && n.get("count").asLong() == 15));

    Run again = run("index", "--input", input.toString(), "--index", index.toString(), "--quiet");
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().matches("(?s).*updated \\(replaced same id\\)\\s+30.*"), again.out());
    assertTrue(again.out().matches("(?s).*posts in index\\s+30.*"), again.out());
  }

  @Test
  void badQueryIsAUsageErrorWithOneLine() throws IOException {
    Path index = tmp.resolve("idx");
    run("index", "--input", dataset().toString(), "--index", index.toString(), "--quiet");
    Run bad = run("search", "--index", index.toString(), "violence AND (");
    assertEquals(ExitCode.USAGE, bad.code());
    assertTrue(bad.err().startsWith("chorus: bad query 'violence AND ('"), bad.err());
    assertEquals(1, bad.err().strip().split("\n").length, bad.err());
    Run badDate = run("search", "--index", index.toString(), "--from", "last week");
    assertEquals(ExitCode.USAGE, badDate.code());
    assertTrue(badDate.err().contains("--from 'last week'"), badDate.err());
  }

  @Test
  void missingIndexIsAUsageError() {
    Run r = run("stats", "--index", tmp.resolve("nothing").toString());
    assertEquals(ExitCode.USAGE, r.code());
    assertTrue(r.err().contains("no index at"), r.err());
  }

  @Test
  void rejectedRowsGoBesideTheIndex() throws IOException {
    Path input = dataset();
    Files.writeString(input, "{\"id\":\"x\",\"account\":\"a\",\"time\":\"2019-08-01\"}\n",
        java.nio.file.StandardOpenOption.APPEND);
    Path index = tmp.resolve("idx");
    Run r = run("index", "--input", input.toString(), "--index", index.toString(), "--json", "--quiet");
    assertEquals(0, r.code(), r.err());
    JsonNode s = r.json().get(0);
    assertEquals(31, s.get("read").asLong());
    assertEquals(1, s.get("rejected").asLong());
    Path rejects = tmp.resolve("idx.rejects.jsonl");
    assertEquals(rejects.toString(), s.get("rejects_file").asText());
    String line = Files.readString(rejects);
    assertTrue(line.contains("\"line\":31") && line.contains("text"), line);

    Run failFast = run("index", "--input", input.toString(), "--index", tmp.resolve("idx2").toString(),
        "--on-error", "fail", "--quiet");
    assertEquals(ExitCode.BAD_INPUT, failFast.code());
    assertTrue(failFast.err().contains(":31:"), failFast.err());
  }
}
