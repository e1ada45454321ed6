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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The benchmark command runs and counts every row once per run; no timing is asserted. */
class ReadBenchTest {
  @TempDir Path dir;

  @Test
  void countsPostsAndRejectedRows() throws Exception {
    Path f = Files.writeString(dir.resolve("a.csv"),
        "author,content,publish_date\na,one,2019-08-12 03:04\nb,,2019-08-12 03:04\nc,x,bad\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = new CommandLine(new Bench())
          .execute("read", "--input", f.toString(), "--runs", "2", "--json");
    } finally {
      System.setOut(old);
    }
    assertEquals(0, code);
    JsonNode r = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertEquals(3, r.get("rows").asLong());
    assertEquals(2, r.get("reader_seconds").size());
    assertTrue(r.get("reader_rows_per_s").asLong() > 0);
  }
}
