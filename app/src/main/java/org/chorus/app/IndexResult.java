package org.chorus.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What an indexing run did. {@code read = indexed + rejected + skipped}: skipped posts were
 * already indexed by an interrupted earlier run over the same inputs; {@code updated} of the
 * indexed posts replaced a post with the same id. {@code finished} is false when the run was
 * stopped before the end of its input: the index holds everything up to its last commit, and
 * the same request again completes it.
 *
 * @param seconds the whole call, from opening the inputs to the index closed on disk
 * @param rejectsFile where rejected records were written, or null when none were
 * @param notes what the readers had to assume about the inputs
 */
public record IndexResult(long read, long indexed, long rejected, long skipped, long updated,
    long postsInIndex, double seconds, boolean finished, Path rejectsFile, Path index,
    List<String> notes) {

  public IndexResult {
    notes = List.copyOf(notes);
  }

  public double postsPerSecond() {
    return seconds <= 0 ? 0 : indexed / seconds;
  }
}
