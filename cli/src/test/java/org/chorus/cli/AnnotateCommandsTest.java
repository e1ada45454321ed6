package org.chorus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chorus.cli.IndexSearchCommandsTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** narratives seed, annotate, train --labels and agreement end to end. */
class AnnotateCommandsTest {
  @TempDir Path tmp;

  private static Run run(String... args) {
    return IndexSearchCommandsTest.run(args);
  }

  /** The bundled corpus's first 1,500 posts, indexed; gold labels by id. */
  private Path index(Map<String, List<String>> gold) throws Exception {
    List<String> lines = Files.readAllLines(Path.of("../corpus/hk2019/posts.jsonl"))
        .subList(0, 1500);
    Path posts = Files.write(tmp.resolve("posts.jsonl"), lines);
    for (String l : lines) {
      JsonNode n = JsonLines.mapper().readTree(l);
      List<String> ls = new java.util.ArrayList<>();
      n.path("labels").forEach(x -> ls.add(x.asText()));
      gold.put(n.get("id").asText(), ls);
    }
    Path index = tmp.resolve("index");
    Run r = run("index", "--input", posts.toString(), "--index", index.toString(), "--quiet");
    assertEquals(0, r.code(), r.err());
    return index;
  }

  @Test
  void seedThenScriptedAnswersThenTrainFromLabels() throws Exception {
    Map<String, List<String>> gold = new HashMap<>();
    Path index = index(gold);
    Path labels = tmp.resolve("labels.jsonl");
    Run seed = run("narratives", "seed", "--index", index.toString(), "--labels",
        labels.toString(), "--narrative", "foreign_interference", "--query", "foreign",
        "--query", "meddling", "--hits", "30", "--json");
    assertEquals(0, seed.code(), seed.err());
    JsonNode s = seed.json().get(0);
    assertTrue(s.get("positives").asInt() > 10, s.toString());
    assertEquals(Files.readAllLines(labels).size(),
        s.get("positives").asInt() + s.get("negatives").asInt());

    for (int round = 0; round < 3; round++) {
      Run next = run("annotate", "--index", index.toString(), "--labels", labels.toString(),
          "--next", "20", "--json");
      assertEquals(0, next.code(), next.err());
      List<JsonNode> proposals = next.json();
      assertEquals(20, proposals.size());
      StringBuilder answers = new StringBuilder();
      for (JsonNode p : proposals) {
        assertTrue(p.get("text").asText().length() > 0);
        List<String> g = gold.get(p.get("id").asText());
        String label = g.contains("foreign_interference") ? "[\"foreign_interference\"]" : "[]";
        answers.append("{\"id\":\"").append(p.get("id").asText()).append("\",\"labels\":")
            .append(label).append(",\"source\":\"human\",\"annotator\":\"script\"}\n");
      }
      Files.writeString(labels, answers, StandardOpenOption.APPEND);
    }
    Path model = tmp.resolve("fi.model");
    Run train = run("train", "--index", index.toString(), "--labels", labels.toString(),
        "--model", model.toString(), "--folds", "3", "--quiet", "--json");
    assertEquals(0, train.code(), train.err() + train.out());
    JsonNode t = train.json().get(0);
    assertEquals(List.of("foreign_interference"), List.of(t.get("label_counts").fieldNames()
        .next()));
    assertTrue(t.get("posts").asInt() >= 60 + s.get("positives").asInt(), t.toString());
    assertTrue(t.get("cross_validation").get("macroF1").asDouble() > 0.6, t.toString());

    Run label = run("label", "--model", model.toString(), "--index", index.toString(),
        "--quiet", "--json");
    assertEquals(0, label.code(), label.err());
  }

  @Test
  void terminalAnswersAreAppendedAsHumanLines() throws Exception {
    Path index = index(new HashMap<>());
    Path labels = tmp.resolve("t.jsonl");
    InputStream in = System.in;
    try {
      // First post: narratives 1 and 2; second: none; third: nonsense, then skip; then quit.
      System.setIn(new ByteArrayInputStream("1 2\nn\n7\n\nq\n".getBytes(StandardCharsets.UTF_8)));
      Run r = run("annotate", "--index", index.toString(), "--labels", labels.toString(),
          "--next", "5", "--narrative", "a", "--narrative", "b", "--annotator", "ana");
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().contains("2 answers appended"), r.out());
    } finally {
      System.setIn(in);
    }
    List<String> lines = Files.readAllLines(labels);
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).contains("\"labels\":[\"a\",\"b\"]") && lines.get(0)
        .contains("\"annotator\":\"ana\"") && lines.get(0).contains("\"source\":\"human\""),
        lines.get(0));
    assertTrue(lines.get(1).contains("\"labels\":[]"), lines.get(1));
  }

  @Test
  void agreementGivesKappaPerLabelAndBadLinesNameTheirPlace() throws Exception {
    Path a = tmp.resolve("a.jsonl"), b = tmp.resolve("b.jsonl");
    StringBuilder x = new StringBuilder(), y = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      x.append("{\"id\":\"p").append(i).append("\",\"labels\":").append(i < 5 ? "[\"v\"]" : "[]")
          .append(",\"annotator\":\"ana\"}\n");
      y.append("{\"id\":\"p").append(i).append("\",\"labels\":")
          .append(i < 4 || i == 5 ? "[\"v\"]" : "[]").append(",\"annotator\":\"bo\"}\n");
    }
    Files.writeString(a, x);
    Files.writeString(b, y);
    Run r = run("agreement", "--labels", a.toString(), "--labels", b.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    JsonNode k = r.json().get(0);
    assertEquals("v", k.get("label").asText());
    assertEquals(10, k.get("shared").asInt());
    assertEquals(0.6, k.get("kappa").asDouble(), 1e-9);
    Run table = run("agreement", "--labels", a.toString(), "--labels", b.toString());
    assertTrue(table.out().contains("0.600"), table.out());

    Files.writeString(b, "{\"id\":\"p1\",\"labels\":[]}\n{\"id\":\"p2\"}\n");
    Run bad = run("agreement", "--labels", a.toString(), "--labels", b.toString());
    assertEquals(ExitCode.BAD_INPUT, bad.code());
    assertTrue(bad.err().contains(b + ":2") || bad.err().contains("line 2"), bad.err());
    assertTrue(bad.err().contains("labels"), bad.err());
  }
}
