package org.chorus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.chorus.cli.IndexSearchCommandsTest.Run;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's exit codes, end to end: 0 done (rejects written aside), 1 failure, 2 usage, 3 bad
 * input; every message names the file (and for outputs the option).
 */
class ExitCodeContractTest {
  private static final String BAD_ROW = "{\"id\":\"broken\"\n";

  @TempDir Path tmp;

  private static Run run(String... args) {
    return IndexSearchCommandsTest.run(args);
  }

  /** {@code n} labelled posts over 12 accounts, about 150 bytes each, then a bad row. */
  private Path posts(String name, int n) throws IOException {
    List<String> lines = new ArrayList<>();
    Instant t0 = Instant.parse("2019-08-01T10:00:00Z");
    for (int i = 0; i < n; i++) {
      String label = i % 2 == 0 ? "protesters_violent" : "support_police";
      lines.add(PostJson.write(Post.builder("id" + i, Account.of("acct" + (i % 12)),
              t0.plusSeconds(i * 60L), label.replace('_', ' ') + " hong kong post " + i * 7919)
          .labels(List.of(label)).build()));
    }
    return Files.writeString(tmp.resolve(name), String.join("\n", lines) + "\n" + BAD_ROW);
  }

  @Test
  void fromAfterToIsAUsageErrorNamingBothOptions() {
    Run r = run("search", "--index", tmp.resolve("ix").toString(), "--from", "2019-09-01",
        "--to", "2019-08-01", "police");
    assertEquals(ExitCode.USAGE, r.code(), r.err());
    assertEquals("chorus: --from 2019-09-01 must be before --to 2019-08-01", r.err().strip());
  }

  @Test
  void anUnknownChoiceNamesTheOptionAndTheChoicesWithoutAJavaName() {
    Run format = run("index", "--input", "x.jsonl", "--index", tmp.resolve("ix").toString(),
        "--format", "pdf");
    assertEquals(ExitCode.USAGE, format.code(), format.err());
    assertTrue(format.err().startsWith("Invalid value for option '--format': unknown format"
        + " 'pdf'; expected one of auto|"), format.err());
    Run onError = run("index", "--input", "x.jsonl", "--index", tmp.resolve("ix").toString(),
        "--on-error", "bogus");
    assertEquals(ExitCode.USAGE, onError.code(), onError.err());
    assertTrue(onError.err().startsWith("Invalid value for option '--on-error': expected skip or"
        + " fail, found 'bogus'"), onError.err());
    for (Run r : List.of(format, onError)) {
      assertFalse(r.err().contains("java.lang") || r.err().contains("Exception"), r.err());
    }
  }

  // --- a refused second index run ---

  @Test
  void aRunRefusedByTheIndexLockLeavesTheRejectsFileAlone() throws IOException {
    Path index = Files.createDirectories(tmp.resolve("ix"));
    Path rejects = tmp.resolve("ix.rejects.jsonl");
    String firstRuns = "{\"file\":\"part1.jsonl\",\"line\":3,\"reason\":\"bad\"}\n";
    Files.writeString(rejects, firstRuns);
    try (IndexWriter running = new IndexWriter(FSDirectory.open(index), new IndexWriterConfig())) {
      Run second = run("index", "--input", posts("good.jsonl", 10).toString(), "--index",
          index.toString(), "--quiet");
      assertEquals(ExitCode.FAILURE, second.code(), second.err());
      assertEquals("chorus: the index " + index + " is being written by another chorus process;"
          + " run this again when it has finished", second.err().strip());
    }
    assertEquals(firstRuns, Files.readString(rejects));
  }

  // --- truncated gzip ---

  @Test
  void gzipTruncatedWithinTheFirstBlockIsBadInputWithTheFileAndLine() throws IOException {
    byte[] jsonl = Files.readAllBytes(posts("big.jsonl", 900));
    assertTrue(jsonl.length > 90_000, "more than the first block: " + jsonl.length);
    byte[] gz = gzip(Arrays.copyOf(jsonl, 90_000));
    Path cut = Files.write(tmp.resolve("cut.jsonl.gz"), Arrays.copyOf(gz, gz.length / 2));
    Run r = run("convert", "--input", cut.toString(), "--output", tmp.resolve("o.jsonl").toString(),
        "--quiet");
    assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
    assertTrue(r.err().matches("chorus: bad input: \\Q" + cut + "\\E:[1-9][0-9]*: compressed data"
        + " is truncated or corrupt after this line \\(.*\\)\\s*"), r.err());
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  // --- unreadable inputs ---

  @Test
  void anInputWithoutReadPermissionIsBadInputSayingSo() throws IOException {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file");
    Path locked = posts("locked.jsonl", 3);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-w-------"));
    Run r = run("convert", "--input", locked.toString(), "--output",
        tmp.resolve("o.jsonl").toString(), "--quiet");
    assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
    assertEquals("chorus: bad input: " + locked + ": cannot read: permission denied",
        r.err().strip());
  }

  @Test
  void aModelThatCannotBeOpenedIsBadInputNamingIt() throws IOException {
    Path model = posts("a-file.jsonl", 1).resolve("m.model");
    Run r = run("label", "--model", model.toString(), "--input",
        posts("in.jsonl", 3).toString(), "--output", tmp.resolve("o.jsonl").toString(), "--quiet");
    assertEquals(ExitCode.BAD_INPUT, r.code(), r.err());
    assertEquals("chorus: bad input: " + model + ": cannot read: Not a directory",
        r.err().strip());
  }

  // --- outputs: checked before any input is read, missing folders created ---

  @Test
  void anOutputNoRunCouldWriteIsAUsageErrorBeforeAnyInputIsRead() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("a-folder"));
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    String missingInput = tmp.resolve("never-read.jsonl").toString();
    assertRefused("--model " + folder + ": is a folder; give a file to write",
        "train", "--input", missingInput, "--model", folder.toString());
    assertRefused("--output " + folder + ": is a folder; give a file to write",
        "label", "--model", missingInput, "--input", missingInput, "--output", folder.toString());
    assertRefused("--output " + folder + ": is a folder; give a file to write",
        "convert", "--input", missingInput, "--output", folder.toString());
    Path inFile = file.resolve("out.jsonl");
    assertRefused("--output " + inFile + ": " + file + " is a file, not a folder",
        "convert", "--input", missingInput, "--output", inFile.toString());
    assertRefused("--out " + folder + ": is a folder; give a file to write",
        "network", "--index", missingInput, "--out", folder.toString());
    // A CSV network is two files: the node table beside --out is checked before the network is
    // built, like --out itself.
    Path nodes = Files.createDirectories(tmp.resolve("net.nodes.csv"));
    assertRefused("node table for --out " + nodes + ": is a folder; give a file to write",
        "network", "--index", missingInput, "--format", "csv",
        "--out", tmp.resolve("net.csv").toString());
    assertRefused("--index " + file + ": is a file; give a folder",
        "index", "--input", missingInput, "--index", file.toString());
    assertRefused("--out " + file + ": is a file; give a folder",
        "generate", "--posts", "100", "--out", file.toString());
  }

  private static void assertRefused(String message, String... args) {
    Run r = run(args);
    assertEquals(ExitCode.USAGE, r.code(), String.join(" ", args) + ": " + r.err());
    assertEquals("chorus: " + message, r.err().strip());
  }

  @Test
  void everyCommandCreatesTheFoldersOfItsOutputs() throws IOException {
    Path data = posts("train.jsonl", 120);
    Path model = tmp.resolve("new/models/m.model");
    assertOk("train", "--input", data.toString(), "--model", model.toString(), "--folds", "0",
        "--hash-bits", "12", "--quiet");
    assertTrue(Files.isRegularFile(model.resolveSibling("m.model.rejects.jsonl")));
    Path labelled = tmp.resolve("new/labelled/l.jsonl");
    assertOk("label", "--model", model.toString(), "--input", data.toString(), "--output",
        labelled.toString(), "--quiet");
    assertTrue(Files.isRegularFile(labelled.resolveSibling("l.jsonl.rejects.jsonl")));
    Path converted = tmp.resolve("new/converted/c.jsonl");
    assertOk("convert", "--input", data.toString(), "--output", converted.toString(), "--quiet");
    assertTrue(Files.isRegularFile(converted));
    Path index = tmp.resolve("new/indexes/ix");
    assertOk("index", "--input", data.toString(), "--index", index.toString(), "--quiet");
    assertTrue(Files.isRegularFile(index.resolveSibling("ix.rejects.jsonl")));
    Path graph = tmp.resolve("new/graphs/g.graphml");
    assertOk("network", "--index", index.toString(), "--out", graph.toString(), "--quiet");
    assertTrue(Files.isRegularFile(graph));
    Path corpus = tmp.resolve("new/corpora/hk");
    assertOk("generate", "--posts", "300", "--out", corpus.toString(), "--quiet");
    assertTrue(Files.isRegularFile(corpus.resolve("posts.jsonl")));
  }

  private static void assertOk(String... args) {
    Run r = run(args);
    assertEquals(ExitCode.OK, r.code(), String.join(" ", args) + ": " + r.err() + r.out());
  }
}
