package org.chorus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chorus bench} is the bench module's own command, reached through the chorus CLI. */
class BenchSubcommandTest {
  @TempDir Path dir;

  @Test
  void benchRunsUnderChorus() throws Exception {
    Path f = Files.writeString(dir.resolve("a.csv"),
        "author,content,publish_date\na,one,2019-08-12 03:04\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = Chorus.execute("bench", "read", "--input", f.toString(), "--runs", "1", "--json");
    } finally {
      System.setOut(old);
    }
    assertEquals(ExitCode.OK, code);
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"rows\":1"));
  }

  @Test
  void theOldTopLevelNameIsGone() {
    PrintStream oldErr = System.err;
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      assertEquals(ExitCode.USAGE, Chorus.execute("bench-read", "--input", "x.csv"));
    } finally {
      System.setErr(oldErr);
    }
  }
}
