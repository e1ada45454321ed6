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
 * @param accounts what the users files among the inputs gave; {@link Accounts#NONE} when
 *     there were none
 */
public record IndexResult(long read, long indexed, long rejected, long skipped, long updated,
    long postsInIndex, double seconds, boolean finished, Path rejectsFile, Path index,
    List<String> notes, Accounts accounts) {

  /**
   * Account records read from users files: {@code read = stored + rejected}, and the accounts
   * the index keeps after the run ({@code inIndex}; a record replaces one of the same id).
   */
  public record Accounts(int files, long read, long stored, long rejected, long inIndex) {
    public static final Accounts NONE = new Accounts(0, 0, 0, 0, 0);
  }

  public IndexResult {
    notes = List.copyOf(notes);
  }

  public double postsPerSecond() {
    return seconds <= 0 ? 0 : indexed / seconds;
  }
}
