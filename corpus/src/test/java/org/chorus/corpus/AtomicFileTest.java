package org.chorus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
  @TempDir Path dir;

  @Test
  void aFailedWriteLeavesTheOldFileAndNoScraps() throws IOException {
    Path target = dir.resolve("out.csv");
    Files.writeString(target, "old\n");
    IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
      out.write("half of the new".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    }));
    assertTrue(e.getMessage().contains(target.toString()) && e.getMessage().contains("disk full"),
        e.getMessage());
    assertEquals("old\n", Files.readString(target));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void aWholeWriteReplacesTheFileAndCreatesMissingFolders() throws IOException {
    Path target = dir.resolve("new/folder/out.txt");
    AtomicFile.write(target, out -> out.write("whole\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("whole\n", Files.readString(target));
    AtomicFile.write(target, out -> out.write("again\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("again\n", Files.readString(target));
  }

  @Test
  void aFolderIsNotOverwritten() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("taken"));
    IOException e = assertThrows(IOException.class,
        () -> AtomicFile.write(folder, out -> out.write(1)));
    assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
  }

  @Test
  void theNextWriteDeletesWhatAKilledWriterLeftAndSparesALiveOne() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path orphan = Files.writeString(dir.resolve(".out.csv." + gone.pid() + ".123.partial"), "h");
    Path live = Files.writeString(
        dir.resolve(".out.csv." + ProcessHandle.current().pid() + ".456.partial"), "half");
    Path other = Files.writeString(dir.resolve(".out.csv.5." + gone.pid() + ".7.partial"), "x");
    AtomicFile.write(dir.resolve("out.csv"), out -> out.write('1'));
    assertFalse(Files.exists(orphan), "its writer is gone");
    assertTrue(Files.exists(live), "its writer may still be writing");
    assertTrue(Files.exists(other), "out.csv.5's file is left to that target's writes");
  }
}
