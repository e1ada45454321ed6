package org.chorus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectsFileTest {
  @TempDir Path dir;

  @Test
  void besideTheOutput() {
    assertEquals(dir.resolve("out.jsonl.rejects.jsonl"), RejectsFile.beside(dir.resolve("out.jsonl")));
  }

  @Test
  void textUtf8CannotEncodeIsWrittenReplacedNotFatal() throws Exception {
    Path path = dir.resolve("odd.rejects.jsonl");
    String emojis = "x" + "\uD83D\uDE00".repeat(150); // the 200-char cut falls inside a pair
    try (RejectsFile r = RejectsFile.at(path)) {
      r.reject(new Rejection("a.jsonl", 1, "time", "lone \uD83D surrogate", "\uDE00 excerpt"));
      r.reject(new Rejection("a.jsonl", 2, "time", "long", Rejection.excerpt(emojis)));
      assertEquals(2, r.count());
    }
    List<String> lines = Files.readAllLines(path);
    assertEquals(2, lines.size());
    JsonNode second = new ObjectMapper().readTree(lines.get(1));
    String excerpt = second.get("excerpt").asText();
    assertTrue(excerpt.startsWith("x\uD83D\uDE00"), excerpt);
    assertFalse(excerpt.contains("\uFFFD"), "the cut keeps whole characters: " + excerpt);
    assertTrue(new ObjectMapper().readTree(lines.get(0)).get("reason").asText().startsWith("lone"));
  }

  @Test
  void createdOnlyWhenSomethingIsRejected() throws Exception {
    Path path = dir.resolve("none.rejects.jsonl");
    try (RejectsFile r = RejectsFile.at(path)) {
      assertEquals(0, r.count());
    }
    assertFalse(Files.exists(path));
  }

  @Test
  void staleFileFromAnEarlierRunIsRemovedWhenThisRunRejectsNothing() throws Exception {
    Path path = Files.writeString(dir.resolve("old.rejects.jsonl"), "{\"old\":1}\n");
    try (RejectsFile r = RejectsFile.at(path)) {
      assertFalse(r.written());
    }
    assertFalse(Files.exists(path));
  }

  @Test
  void anAbandonedRunLeavesAnotherRunsFileAlone() throws Exception {
    Path path = Files.writeString(dir.resolve("theirs.rejects.jsonl"), "{\"theirs\":1}\n");
    RejectsFile r = RejectsFile.at(path);
    r.abandon();
    r.close();
    assertEquals("{\"theirs\":1}\n", Files.readString(path));
  }

  @Test
  void theFolderIsCreatedAtTheFirstRejection() throws Exception {
    Path path = dir.resolve("new/folder/out.rejects.jsonl");
    try (RejectsFile r = RejectsFile.at(path)) {
      r.reject(new Rejection("a.csv", 3, "text", "missing text", ""));
    }
    assertEquals(1, Files.readAllLines(path).size());
  }

  @Test
  void aRejectionAfterCloseIsAnErrorAndLeavesTheFileAsWritten() throws Exception {
    Path path = dir.resolve("late.rejects.jsonl");
    RejectsFile r = RejectsFile.at(path);
    r.reject(new Rejection("a.csv", 3, "text", "missing text", ""));
    r.close();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> r.reject(new Rejection("a.csv", 4, "text", "missing text", "")));
    assertTrue(e.getMessage().contains("a.csv line 4"), e.getMessage());
    assertEquals(1, Files.readAllLines(path).size());
    assertEquals(1, r.count());
    r.close(); // a second close changes nothing
    assertEquals(1, Files.readAllLines(path).size());
  }

  @Test
  void writesOneJsonObjectPerRejection() throws Exception {
    Path path = dir.resolve("r.rejects.jsonl");
    try (RejectsFile r = RejectsFile.at(path)) {
      r.reject(new Rejection("a.csv", 7, "time", "unparsable time 'x'", "1,\"x\""));
      r.reject(new Rejection("a.csv", 9, null, "quoted field never closes", "香港"));
      assertEquals(2, r.count());
      assertTrue(r.written());
    }
    List<String> lines = Files.readAllLines(path);
    assertEquals(2, lines.size());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals("a.csv", first.get("file").asText());
    assertEquals(7, first.get("line").asLong());
    assertEquals("time", first.get("field").asText());
    assertEquals("unparsable time 'x'", first.get("reason").asText());
    assertEquals("1,\"x\"", first.get("excerpt").asText());
    JsonNode second = new ObjectMapper().readTree(lines.get(1));
    assertTrue(second.get("field").isNull());
    assertEquals("香港", second.get("excerpt").asText());
  }

  @Test
  void threadsShareOneFileWithoutLosingLines() throws Exception {
    Path path = dir.resolve("t.rejects.jsonl");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (RejectsFile r = RejectsFile.at(path)) {
      for (int t = 0; t < 4; t++) {
        int thread = t;
        pool.submit(() -> {
          for (int i = 0; i < 500; i++) {
            r.reject(new Rejection("f" + thread, i, "text", "missing or empty", ""));
          }
        });
      }
      pool.shutdown();
      assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
      assertEquals(2000, r.count());
    }
    List<String> lines = Files.readAllLines(path);
    assertEquals(2000, lines.size());
    ObjectMapper mapper = new ObjectMapper();
    for (String l : lines) mapper.readTree(l); // every line is whole JSON
  }

  @Test
  void failFastThrowsAndWritesNothing() {
    RejectsFile r = RejectsFile.failFast();
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> r.reject(new Rejection("a.csv", 3, "text", "missing or empty", "")));
    assertEquals("a.csv:3: text: missing or empty", e.getMessage());
    assertEquals(1, r.count());
  }
}
