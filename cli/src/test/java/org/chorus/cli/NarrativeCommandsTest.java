package org.chorus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chorus.cli.IndexSearchCommandsTest.Run;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train, label (files and index) and themes end to end through {@link Chorus#execute}. */
class NarrativeCommandsTest {
  private static final String[][] WORDS = {
    {"rioters", "violence", "smash", "petrol", "bombs", "thugs"},
    {"police", "support", "brave", "officers", "order", "thank"},
  };
  private static final String[] LABELS = {"protesters_violent", "support_police"};

  @TempDir Path tmp;

  private static Run run(String... args) {
    return IndexSearchCommandsTest.run(args);
  }

  /** 120 labelled posts over 12 accounts, plus two unlabelled ones and a one-off label. */
  private Path dataset() throws IOException {
    Random r = new Random(5);
    List<String> lines = new ArrayList<>();
    Instant t0 = Instant.parse("2019-08-01T10:00:00Z");
    for (int i = 0; i < 120; i++) {
      int c = i % 2;
      StringBuilder t = new StringBuilder("hong kong ");
      for (int w = 0; w < 6; w++) t.append(WORDS[c][r.nextInt(6)]).append(' ');
      lines.add(PostJson.write(Post.builder("id" + i, Account.of("acct" + (i % 12)),
          t0.plusSeconds(i * 3600L), t.toString().strip()).labels(List.of(LABELS[c])).build()));
    }
    lines.add(PostJson.write(Post.builder("u1", Account.of("x"), t0, "no label").build()));
    lines.add(PostJson.write(Post.builder("u2", Account.of("x"), t0, "none either").build()));
    lines.add(PostJson.write(Post.builder("r1", Account.of("y"), t0, "odd one")
        .labels(List.of("rare")).build()));
    return Files.write(tmp.resolve("train.jsonl"), lines, StandardCharsets.UTF_8);
  }

  @Test
  void trainPrintsCrossValidatedMetricsAndReportsSkippedRows() throws IOException {
    Path model = tmp.resolve("m.model");
    Run train = run("train", "--input", dataset().toString(), "--model", model.toString(),
        "--folds", "3", "--hash-bits", "14", "--quiet");
    assertEquals(0, train.code(), train.err() + train.out());
    assertTrue(Files.size(model) > 100);
    assertTrue(train.out().contains("3-fold cross-validation grouped by account"), train.out());
    assertTrue(train.out().matches("(?s).*unlabelled, skipped\\s+2.*"), train.out());
    assertTrue(train.out().contains("labels seen on one post only (too rare to learn): rare"));
    String header = Files.readAllLines(model, StandardCharsets.ISO_8859_1).get(0);
    assertTrue(header.contains("\"macroF1\":"), "CV metrics stored in the model header");
  }

  @Test
  void featureOptionsOfTrainAreRecordedInTheModelHeader() throws IOException {
    Path data = dataset();
    Path plain = tmp.resolve("plain.model");
    Run a = run("train", "--input", data.toString(), "--model", plain.toString(), "--folds", "0",
        "--hash-bits", "12", "--quiet");
    assertEquals(0, a.code(), a.err());
    String header = Files.readAllLines(plain, StandardCharsets.ISO_8859_1).get(0);
    assertTrue(header.contains("\"postShape\":true") && header.contains("\"time\":false")
        && header.contains("\"classWeighting\":0.5"), header);
    Path custom = tmp.resolve("custom.model");
    Run b = run("train", "--input", data.toString(), "--model", custom.toString(), "--folds", "0",
        "--hash-bits", "12", "--no-post-shape", "--time-features", "--class-weighting", "0",
        "--quiet");
    assertEquals(0, b.code(), b.err());
    header = Files.readAllLines(custom, StandardCharsets.ISO_8859_1).get(0);
    assertTrue(header.contains("\"postShape\":false") && header.contains("\"time\":true")
        && header.contains("\"classWeighting\":0.0"), header);
    Run bad = run("train", "--input", data.toString(), "--model", custom.toString(),
        "--class-weighting", "2", "--quiet");
    assertEquals(ExitCode.USAGE, bad.code(), bad.err());
  }

  @Test
  void trainRefusesOneClassAndEmptyInputsClearly() throws IOException {
    Path one = Files.write(tmp.resolve("one.jsonl"), List.of(
        PostJson.write(Post.builder("1", Account.of("a"), Instant.EPOCH, "x")
            .labels(List.of("only")).build()),
        PostJson.write(Post.builder("2", Account.of("b"), Instant.EPOCH, "y")
            .labels(List.of("only")).build())), StandardCharsets.UTF_8);
    Run r = run("train", "--input", one.toString(), "--model", tmp.resolve("x.model").toString(),
        "--quiet");
    assertEquals(ExitCode.BAD_INPUT, r.code());
    assertTrue(r.err().contains("only one label (only)"), r.err());
    assertTrue(r.err().contains(one.toString()), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(Files.exists(tmp.resolve("x.model")));

    Path unlabelled = Files.write(tmp.resolve("unlabelled.jsonl"), List.of(
        PostJson.write(Post.builder("1", Account.of("a"), Instant.EPOCH, "x").build())),
        StandardCharsets.UTF_8);
    Run e = run("train", "--input", unlabelled.toString(), "--model",
        tmp.resolve("y.model").toString(), "--quiet");
    assertEquals(ExitCode.BAD_INPUT, e.code(), e.err());
    assertTrue(e.err().contains("no labelled posts to train on (1 posts without a label)"),
        e.err());
  }

  @Test
  void labelRefusesANonModelFile() throws IOException {
    Path data = dataset();
    Run r = run("label", "--model", data.toString(), "--input", data.toString(), "--output",
        tmp.resolve("out.jsonl").toString(), "--quiet");
    assertEquals(ExitCode.BAD_INPUT, r.code());
    assertTrue(r.err().contains("not a Chorus model file"), r.err());
  }

  @Test
  void labelCountsBadRowsOrStopsAtTheFirstWithOnErrorFail() throws IOException {
    Path data = dataset();
    Path model = tmp.resolve("m.model");
    assertEquals(0, run("train", "--input", data.toString(), "--model", model.toString(),
        "--folds", "0", "--hash-bits", "14", "--quiet").code());
    String head = "{\"account\":\"x\",\"time\":\"2019-08-01T10:00:00Z\",";
    Path bad = Files.writeString(tmp.resolve("bad.jsonl"),
        head + "\"id\":\"a\",\"text\":\"police support\"}\n" + head + "\"id\":\"b\"}\n",
        StandardCharsets.UTF_8);
    Path out = tmp.resolve("bad-labels.jsonl");
    Run skipped = run("label", "--model", model.toString(), "--input", bad.toString(),
        "--output", out.toString(), "--json", "--quiet");
    assertEquals(0, skipped.code(), skipped.err());
    assertEquals(1, skipped.json().get(0).get("rejected").asLong(), skipped.out());
    assertEquals(1, Files.readAllLines(tmp.resolve("bad-labels.jsonl.rejects.jsonl")).size());

    Run failed = run("label", "--model", model.toString(), "--input", bad.toString(),
        "--output", tmp.resolve("fail.jsonl").toString(), "--on-error", "fail", "--quiet");
    assertEquals(ExitCode.BAD_INPUT, failed.code(), failed.err());
    assertTrue(failed.err().contains(bad + ":2"), failed.err());
  }

  @Test
  void labelFilesThenIndexThenSearchFacetsAndThemes() throws IOException {
    Path data = dataset();
    Path model = tmp.resolve("m.model");
    assertEquals(0, run("train", "--input", data.toString(), "--model", model.toString(),
        "--folds", "0", "--hash-bits", "14", "--quiet").code());

    Path out = tmp.resolve("labels.jsonl");
    Run labelled = run("label", "--model", model.toString(), "--input", data.toString(),
        "--output", out.toString(), "--threads", "2", "--json", "--quiet");
    assertEquals(0, labelled.code(), labelled.err());
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(123, lines.size());
    JsonNode first = JsonLines.mapper().readTree(lines.get(0));
    assertEquals("id0", first.get("id").asText(), "input order kept");
    assertEquals("protesters_violent", first.get("labels").get(0).asText());
    assertEquals(3, first.get("scores").size(), "every label the model knows, the rare one too");
    JsonNode summary = labelled.json().get(0);
    assertEquals(123, summary.get("posts").asLong());

    Path index = tmp.resolve("idx");
    assertEquals(0, run("index", "--input", data.toString(), "--index", index.toString(),
        "--quiet").code());
    Run toIndex = run("label", "--model", model.toString(), "--index", index.toString(),
        "--quiet");
    assertEquals(0, toIndex.code(), toIndex.err());

    Run search = run("search", "--index", index.toString(), "--narrative", "support_police",
        "--json", "--size", "100");
    assertEquals(0, search.code(), search.err());
    List<JsonNode> nodes = search.json();
    List<JsonNode> hits = nodes.stream().filter(n -> n.get("type").asText().equals("hit")).toList();
    assertTrue(hits.size() >= 58 && hits.size() <= 62, hits.size() + " hits");
    assertTrue(hits.stream().allMatch(h -> Integer.parseInt(h.get("id").asText()
        .replaceAll("\\D", "")) % 2 == 1 || !h.get("id").asText().startsWith("id")));
    Run all = run("search", "--index", index.toString(), "--json", "--size", "1");
    assertTrue(all.json().stream().anyMatch(n -> n.get("type").asText().equals("facet")
        && n.get("facet").asText().equals("narrative")
        && n.get("value").asText().equals("protesters_violent")
        && n.get("count").asLong() >= 58), all.out());

    Run themes = run("themes", "--index", index.toString(), "--k", "2", "--json", "--quiet");
    assertEquals(0, themes.code(), themes.err());
    List<JsonNode> ts = themes.json().stream()
        .filter(n -> n.get("type").asText().equals("theme")).toList();
    assertEquals(2, ts.size());
    assertTrue(ts.get(0).get("top_terms").size() > 0);
    assertEquals(3, ts.get(0).get("representative_posts").size());

    Run one = run("themes", "--index", index.toString(), "--label", "support_police", "--k",
        "2", "--json", "--quiet");
    assertEquals(0, one.code(), one.err());
    List<JsonNode> themeLines = one.json();
    JsonNode totals = themeLines.get(themeLines.size() - 1);
    assertEquals("summary", totals.get("type").asText(), one.out());
    long selected = totals.get("posts").asLong();
    assertTrue(selected >= 58 && selected <= 62, "only the narrative's posts: " + one.out());
    // Every selected post is in one theme or counted as having no term a theme knows.
    long inThemes = 0;
    for (JsonNode t : themeLines.subList(0, themeLines.size() - 1)) {
      inThemes += t.get("posts").asLong();
    }
    assertEquals(selected, inThemes + totals.get("without_readable_term").asLong(), one.out());
    Run none = run("themes", "--index", index.toString(), "--label", "nope", "--quiet");
    assertEquals(ExitCode.USAGE, none.code());
  }
}
