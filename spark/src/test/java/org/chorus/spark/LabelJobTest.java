package org.chorus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.chorus.app.DatasetFiles;
import org.chorus.app.LabelRequest;
import org.chorus.app.Narratives;
import org.chorus.app.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark label gives every post the labels and scores chorus label gives it. */
class LabelJobTest {
  static final Path CORPUS = Path.of("../corpus/hk2019/posts.jsonl");
  static final Path MODEL = Path.of("../models/hk2019-narratives.model");

  @TempDir Path tmp;

  @Test
  void sameLabelsAndScoresAsOneMachine() throws Exception {
    Path expected = tmp.resolve("one.jsonl");
    Narratives.label(new LabelRequest(MODEL, DatasetFiles.of(List.of(CORPUS)), expected, 2),
        Progress.NONE);
    Map<String, String> one = byId(Files.readAllLines(expected));
    // Three slices of one file: posts of one slice are not contiguous in the input.
    PostSource source = PostSource.of(List.of(CORPUS.toString()), 3);
    Path out = tmp.resolve("spark");
    long n = LabelJob.run(LocalSpark.get(), source, MODEL, out.toString(), false).posts();
    List<String> lines = new ArrayList<>();
    try (var parts = Files.list(out)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        lines.addAll(Files.readAllLines(p));
      }
    }
    assertEquals(one.size(), n);
    assertTrue(one.size() > 1000, "the corpus has thousands of posts: " + one.size());
    assertEquals(one, byId(lines));
  }

  @Test
  void parquetRoundTripKeepsScores() throws Exception {
    Path out = tmp.resolve("parquet");
    PostSource source = PostSource.of(List.of(CORPUS.toString()), 2);
    LabelJob.run(LocalSpark.get(), source, MODEL, out.toString(), true);
    Dataset<Row> rows = LocalSpark.get().read().parquet(out.toString());
    Path expected = tmp.resolve("one.jsonl");
    Narratives.label(new LabelRequest(MODEL, DatasetFiles.of(List.of(CORPUS)), expected, 1),
        Progress.NONE);
    Map<String, String> one = byId(Files.readAllLines(expected));
    // Back to JSON Lines by Spark: same labels and scores per post as chorus label wrote.
    List<String> json = rows.select("id", "labels", "scores").toJSON().collectAsList();
    assertEquals(one.size(), json.size());
    var mapper = ChorusSpark.JSON;
    for (String line : json) {
      var got = mapper.readTree(line);
      var want = mapper.readTree(one.get(got.get("id").asText()));
      assertEquals(want, got, line);
    }
  }

  /** Lines of PostLabels by post id (ids are unique in the corpus). */
  static Map<String, String> byId(List<String> lines) throws Exception {
    Map<String, String> out = new TreeMap<>();
    for (String l : lines) {
      String prev = out.put(ChorusSpark.JSON.readTree(l).get("id").asText(), l);
      assertEquals(null, prev, "id twice: " + l);
    }
    return out;
  }
}
