package org.chorus.labels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chorus.corpus.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsFileTest {
  @TempDir Path dir;

  @Test
  void laterLinesOfOnePostAndAnnotatorReplaceEarlierOnes() throws Exception {
    Path f = dir.resolve("l.jsonl");
    Files.writeString(f, """
        {"id": 1, "labels": ["a"], "source": "human", "annotator": "ana"}
        {"id": "1", "labels": ["b"], "source": "human", "annotator": "bo"}
        {"id": "2", "labels": ["a"], "source": "seed", "narrative": "a"}
        {"id": "3", "labels": [], "source": "seed", "narrative": "a"}

        {"id": "1", "labels": [], "source": "human", "annotator": "ana"}
        {"id": "2", "labels": ["b"], "source": "seed", "narrative": "b"}
        """);
    LabelSet s = new LabelSet(LabelsFile.read(f));
    assertEquals(Map.of("1", List.of()), s.human("ana"), "ana changed her mind: none applies");
    assertEquals(Map.of("1", List.of("b")), s.human("bo"));
    assertEquals(List.of("ana", "bo"), s.annotators());
    assertEquals(List.of("a", "b"), s.narratives());
    Map<String, LabelSet.Target> t = new java.util.HashMap<>();
    for (LabelSet.Target x : s.targets()) t.put(x.id(), x);
    assertEquals(new LabelSet.Target("1", List.of(), true, null), t.get("1"), "the last human line");
    assertEquals(new LabelSet.Target("2", List.of("a", "b"), false, List.of("a", "b")), t.get("2"),
        "seed guesses of two narratives add up");
    assertEquals(new LabelSet.Target("3", List.of(), false, List.of("a")), t.get("3"));
    assertEquals(2, s.seedPosts());
  }

  @Test
  void badLinesNameFileLineAndField() throws Exception {
    Path f = dir.resolve("bad.jsonl");
    String ok = "{\"id\": \"1\", \"labels\": []}\n";
    String[][] cases = {
      {"{\"labels\": []}", "id"},
      {"{\"id\": \"1\"}", "labels"},
      {"{\"id\": \"1\", \"labels\": \"a\"}", "labels"},
      {"{\"id\": \"1\", \"labels\": [3]}", "labels"},
      {"{\"id\": \"1\", \"labels\": [], \"source\": \"robot\"}", "source"},
      {"[1, 2]", null},
      {"{\"id\": \"1\", \"labels\": [", null},
    };
    for (String[] c : cases) {
      Files.writeString(f, ok + c[0] + "\n");
      var e = assertThrows(InvalidInputException.class, () -> LabelsFile.read(f), c[0]);
      assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("2"),
          e.getMessage());
      if (c[1] != null) assertTrue(e.getMessage().contains(c[1]), e.getMessage());
    }
  }

  @Test
  void appendsWholeLinesFromManyWritersAndAfterATornLine() throws Exception {
    Path f = dir.resolve("sub/labels.jsonl");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> jobs = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      int writer = w;
      jobs.add(pool.submit(() -> {
        for (int i = 0; i < 50; i++) {
          LabelsFile.append(f, List.of(new Decision(writer + "-" + i, List.of("x"),
              Decision.HUMAN, "w" + writer, null, null)));
        }
        return null;
      }));
    }
    for (Future<?> j : jobs) j.get();
    pool.shutdown();
    assertEquals(200, LabelsFile.read(f).size());
    Files.writeString(f, "{\"id\": \"torn\", \"lab", java.nio.file.StandardOpenOption.APPEND);
    LabelsFile.append(f, List.of(new Decision("after", List.of(), Decision.HUMAN, "a", null,
        null)));
    List<String> lines = Files.readAllLines(f);
    assertEquals("{\"id\": \"torn\", \"lab", lines.get(200), "the torn line stays apart");
    assertTrue(lines.get(201).startsWith("{\"id\":\"after\""), lines.get(201));
  }

  @Test
  void kappaPerLabel() {
    // 10 shared posts; label a: both yes on 4, both no on 4, disagree on 2.
    Map<String, List<String>> x = new java.util.LinkedHashMap<>();
    Map<String, List<String>> y = new java.util.LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      x.put("p" + i, i < 5 ? List.of("a") : List.of());
      y.put("p" + i, i < 4 || i == 5 ? List.of("a") : List.of());
    }
    x.put("only-x", List.of("a"));
    var k = Agreement.kappa(x, y);
    assertEquals(1, k.size());
    assertEquals(10, k.get(0).shared());
    // po = 0.8, pe = 0.5*0.5 + 0.5*0.5 = 0.5, kappa = 0.6
    assertEquals(0.6, k.get(0).kappa(), 1e-9);
    assertEquals(1.0, Agreement.kappa(x, x).get(0).kappa(), 1e-9);
  }
}
