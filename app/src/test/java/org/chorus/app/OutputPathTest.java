package org.chorus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chorus.corpus.Format;
import org.chorus.narratives.TrainingOptions;
import org.chorus.network.NetworkWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every app call that writes refuses an unwritable output before it reads anything: the inputs
 * here do not exist, so a call that looked at them first would fail with another exception.
 */
class OutputPathTest {
  @TempDir Path dir;
  private Path folder;
  private Path file;
  private Path missing;

  @BeforeEach
  void paths() throws Exception {
    folder = Files.createDirectories(dir.resolve("a-folder"));
    file = Files.writeString(dir.resolve("a-file"), "x");
    missing = dir.resolve("never-read.jsonl");
  }

  @Test
  void refusesAFolderForAFileAFileForAFolderAndAPathThroughAFile() {
    assertRefused("out " + folder + ": is a folder; give a file to write",
        () -> OutputPath.file("out", folder));
    assertRefused("out " + file + ": is a file; give a folder",
        () -> OutputPath.folder("out", file));
    Path below = file.resolve("x/y.jsonl");
    assertRefused("out " + below + ": " + file + " is a file, not a folder",
        () -> OutputPath.file("out", below));
    assertRefused("out " + below + ": " + file + " is a file, not a folder",
        () -> OutputPath.folder("out", below));
  }

  @Test
  void missingFoldersAreFineAndStayMissingUntilWritten() {
    Path deep = dir.resolve("new/deeper/out.jsonl");
    assertEquals(deep, OutputPath.file("out", deep));
    assertEquals(deep, OutputPath.folder("out", deep));
    assertEquals(file, OutputPath.file("out", file), "an existing file is replaced, not refused");
    assertFalse(Files.exists(dir.resolve("new")), "a check creates nothing");
  }

  @Test
  void everyCallThatWritesChecksItsOutputBeforeReading() {
    DatasetFiles data = DatasetFiles.of(List.of(missing));
    assertRefused("model " + folder + ": is a folder; give a file to write",
        () -> Narratives.train(new TrainRequest(data, folder, TrainingOptions.defaults(), 0,
            false), Progress.NONE));
    assertRefused("output " + folder + ": is a folder; give a file to write",
        () -> Narratives.label(new LabelRequest(missing, data, folder, 1), Progress.NONE));
    assertRefused("output " + folder + ": is a folder; give a file to write",
        () -> new Indexing().convert(new ConvertRequest(data, folder), Progress.NONE));
    assertRefused("index " + file + ": is a file; give a folder",
        () -> new Indexing().index(new IndexRequest(data, file, 1, 64), Progress.NONE));
    DatasetFiles rejectsToAFolder = new DatasetFiles(List.of(missing), Format.AUTO, null, null,
        folder);
    assertRefused("rejects file " + folder + ": is a folder; give a file to write",
        () -> new Indexing().convert(new ConvertRequest(rejectsToAFolder,
            dir.resolve("out.jsonl")), Progress.NONE));
  }

  @Test
  void aCsvNetworkChecksItsNodeTableToo() throws Exception {
    Path edges = dir.resolve("net.csv");
    Path nodes = Files.createDirectories(dir.resolve("net.nodes.csv"));
    assertRefused("node table for --out " + nodes + ": is a folder; give a file to write",
        () -> Investigation.Coordination.outputs("--out", NetworkWriter.Format.CSV, edges));
    assertEquals(List.of(edges),
        Investigation.Coordination.outputs("--out", NetworkWriter.Format.GRAPHML, edges),
        "GraphML writes one file");
  }

  private static void assertRefused(String message, Executable call) {
    assertEquals(message, assertThrows(RequestException.class, call).getMessage());
  }
}
