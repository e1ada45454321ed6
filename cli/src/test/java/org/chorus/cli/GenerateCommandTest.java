package org.chorus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @Test
  void writesPostsAndCampaignsAndIsRepeatable(@TempDir Path dir) throws Exception {
    Path a = dir.resolve("a"), b = dir.resolve("b");
    assertEquals(ExitCode.OK, run("generate", "--posts", "1200", "--seed", "3", "--out", a.toString(), "-q"));
    assertEquals(ExitCode.OK, run("generate", "--posts", "1200", "--seed", "3", "--out", b.toString(), "-q"));
    assertEquals(1200, Files.readAllLines(a.resolve("posts.jsonl")).size());
    assertTrue(Files.readAllLines(a.resolve("campaigns.jsonl")).size() > 0);
    assertArrayEquals(Files.readAllBytes(a.resolve("posts.jsonl")), Files.readAllBytes(b.resolve("posts.jsonl")));
  }

  @Test
  void jsonSummaryIsOneLine(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertEquals(ExitCode.OK, run("generate", "--posts", "500", "--out", dir.toString(), "--json", "-q"));
    } finally {
      System.setOut(old);
    }
    String text = out.toString(StandardCharsets.UTF_8).strip();
    assertEquals(1, text.lines().count(), text);
    assertTrue(text.contains("\"posts\":500"), text);
  }

  @Test
  void badSettingsAreUsageErrors(@TempDir Path dir) {
    assertEquals(ExitCode.USAGE, run("generate", "--posts", "0", "--out", dir.toString(), "-q"));
    assertEquals(ExitCode.USAGE, run("generate", "--posts", "100", "--campaign-share", "2", "--out", dir.toString(), "-q"));
    assertEquals(ExitCode.USAGE, run("generate", "--posts", "100"));
  }

  private static int run(String... args) {
    return Chorus.execute(args);
  }
}
