package org.chorus.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A stream of posts from one dataset file, read one record at a time in constant memory.
 * Malformed records never surface here: they go to the {@link RejectHandler} the reader was
 * opened with, so {@code posts read = posts returned + rejections}.
 */
public interface PostReader extends Closeable {

  /** The next well-formed post, or null at the end of the input. */
  Post next() throws IOException;

  /** The physical line (1-based) where the last returned or rejected record started. */
  long line();

  /**
   * What the reader had to assume about the input, for the run's summary: e.g. that ids were
   * made from row numbers or times taken from tweet ids because the file lacks those columns.
   */
  default List<String> notes() {
    return List.of();
  }
}
