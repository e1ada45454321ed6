package org.chorus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chorus verify} after real runs: its table, its JSON Lines and its exit codes. */
class VerifyCommandTest {
  private static final Path CORPUS = Path.of("../corpus/hk2019/posts.jsonl");

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return Chorus.execute(args);
  }

  @Test
  void indexThenNetworkThenVerifyOkChangedMissing() throws Exception {
    Path posts = dir.resolve("posts.jsonl");
    Files.write(posts, Files.readAllLines(CORPUS).subList(0, 1500));
    Path index = dir.resolve("idx");
    Path net = dir.resolve("net.graphml");
    assertEquals(0, run("index", "--input", posts.toString(), "--index", index.toString(),
        "--quiet"));
    assertEquals(0, run("network", "--index", index.toString(), "--out", net.toString(),
        "--quiet"));
    assertTrue(Files.isRegularFile(dir.resolve("net.graphml.manifest.json")));
    assertTrue(Files.readString(net).contains("chorus_command"));

    assertEquals(ExitCode.OK, run("verify", index.toString()));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("2 ok, 0 changed, 0 missing"),
        out.toString(StandardCharsets.UTF_8));
    assertEquals(ExitCode.OK, run("verify", net.toString(), "--json"));
    List<JsonNode> lines = json();
    assertEquals("index", lines.get(0).get("kind").asText());
    assertEquals("output", lines.get(1).get("kind").asText());
    assertEquals("summary", lines.get(2).get("type").asText());
    assertEquals(2, lines.get(2).get("ok").asInt());

    Files.writeString(posts, "\n", StandardOpenOption.APPEND);
    assertEquals(ExitCode.CHANGED, run("verify", index.toString(), "--json"));
    assertEquals("changed", json().get(0).get("status").asText());

    Files.delete(posts);
    assertEquals(ExitCode.MISSING, run("verify", index.toString()));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("status"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("missing  input"));

    Files.writeString(dir.resolve("idx.manifest.json"), "{\"manifest\": ");
    assertEquals(ExitCode.BAD_INPUT, run("verify", index.toString()));
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.startsWith("chorus: bad input: " + dir.resolve("idx.manifest.json")),
        message);
    assertFalse(message.contains("Exception") || message.contains("\tat "), message);

    assertEquals(ExitCode.BAD_INPUT, run("verify", posts.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("has no run manifest"));
  }

  private List<JsonNode> json() throws Exception {
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) lines.add(m.readTree(line));
    }
    return lines;
  }
}
