package org.chorus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;

/** A folder for a benchmark's throwaway indexes and files, deleted with what it holds. */
final class Scratch {
  private Scratch() {}

  /** Deletes {@code dir} and everything in it; nothing happens if it does not exist. */
  static void delete(Path dir) throws IOException {
    IOUtils.rm(dir);
  }

  /** Bytes of the files directly in {@code dir} (an index folder has no subfolders). */
  static long size(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return 0;
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
