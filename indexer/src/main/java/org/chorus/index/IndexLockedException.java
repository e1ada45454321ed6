package org.chorus.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Another run is writing the index (it holds Lucene's write lock). The request itself is sound
 * and succeeds once that run ends, so this is a failure of the moment, not a usage error.
 */
public final class IndexLockedException extends IOException {
  public IndexLockedException(Path dir, Throwable cause) {
    super("the index " + dir + " is being written by another chorus process;"
        + " run this again when it has finished", cause);
  }
}
