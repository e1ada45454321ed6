package org.chorus.app;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Index {@code data} into the index folder {@code index}; bad records go where {@code data}
 * says (by convention {@code DIR.rejects.jsonl}).
 *
 * @param threads indexing threads, at least 1
 * @param ramBufferMb memory for documents buffered before they are written, 16 to 2048
 */
public record IndexRequest(DatasetFiles data, Path index, int threads, double ramBufferMb) {
  public IndexRequest {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(index, "index");
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
    if (ramBufferMb < 16 || ramBufferMb > 2048) {
      throw new IllegalArgumentException("RAM buffer must be 16 to 2048 MB: " + ramBufferMb);
    }
  }
}
