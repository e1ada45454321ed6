package org.chorus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders a command makes for its own scratch work (benchmark indexes, the demo index). */
final class ScratchFolders {
  private ScratchFolders() {}

  /** Deletes {@code dir} and everything in it; nothing happens if it does not exist. */
  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
