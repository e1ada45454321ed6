package org.chorus.index;

import java.nio.file.Path;

/** The path given as an index holds no Chorus index (never built, or the wrong folder). */
public final class IndexMissingException extends RuntimeException {
  public IndexMissingException(Path dir) {
    super("no index at " + dir + " (build one with: chorus index --input FILE --index " + dir + ")");
  }
}
