package org.chorus.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.chorus.index.IndexMissingException;
import org.chorus.index.PostIndex;

/** Opens the index a command names, turning "no index there" into a usage error. */
final class IndexDir {
  private IndexDir() {}

  static PostIndex open(Path dir) throws IOException {
    try {
      return PostIndex.open(dir);
    } catch (IndexMissingException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
