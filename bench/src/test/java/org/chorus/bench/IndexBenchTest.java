package org.chorus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chorus.index.PostIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Both plans index every post of the input, warm-up and limit read the same rows through a
 * copy, and the kept index is the one {@code chorus index} writes. No timing is asserted.
 */
class IndexBenchTest {
  @TempDir Path dir;

  @Test
  void indexesEveryPostWithBothPlansAndKeepsChorusIndex() throws Exception {
    StringBuilder csv = new StringBuilder("author,content,publish_date\n");
    for (int i = 0; i < 300; i++) {
      csv.append("acct").append(i % 7).append(",post number ").append(i)
          .append(" about things,2019-08-12 03:04\n");
    }
    csv.append("b,,2019-08-12 03:04\n"); // empty text: rejected by both
    Path f = Files.writeString(dir.resolve("a.csv"), csv);
    Path keep = dir.resolve("kept");
    List<JsonNode> lines = run("index", "--input", f.toString(), "--warmup", "50", "--runs", "2",
        "--threads", "2", "--keep-index", keep.toString(), "--json");
    assertEquals(5, lines.size()); // two runs of two plans, then the ratio
    for (JsonNode run : lines.subList(0, 4)) {
      assertEquals(300, run.get("posts").asLong(), run.toString());
      assertEquals(1, run.get("rejected").asLong(), run.toString());
    }
    assertTrue(lines.get(4).get("time_ratio_chorus_over_lucene").asDouble() > 0);
    try (PostIndex index = PostIndex.open(keep)) {
      assertEquals(300, index.size());
    }
  }

  @Test
  void limitIndexesTheFirstRows() throws Exception {
    Path f = Files.writeString(dir.resolve("b.csv"),
        "author,content,publish_date\na,one,2019-08-12 03:04\nb,two,2019-08-12 03:04\n"
            + "c,three,2019-08-12 03:04\n");
    List<JsonNode> lines = run("index", "--input", f.toString(), "--warmup", "0", "--runs", "1",
        "--limit", "2", "--json");
    assertEquals(2, lines.get(0).get("posts").asLong());
    assertEquals(2, lines.get(1).get("posts").asLong());
  }

  private static List<JsonNode> run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    PrintStream oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      assertEquals(0, new CommandLine(new Bench()).execute(args));
    } finally {
      System.setOut(old);
      System.setErr(oldErr);
    }
    List<JsonNode> lines = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) lines.add(json.readTree(line));
    }
    return lines;
  }
}
