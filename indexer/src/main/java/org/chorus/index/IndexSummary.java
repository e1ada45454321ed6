package org.chorus.index;

/**
 * The outcome of an indexing run. {@code read = indexed + rejected + skipped}: skipped posts
 * were already in the index from an interrupted earlier run over the same inputs. {@code
 * updated} of the indexed posts replaced a post with the same id. {@code finished} is false
 * when the run was stopped (Ctrl-C) before the end of the input; the index then holds
 * everything up to its last commit and a rerun completes it. {@code notes} are what the readers
 * had to assume about the inputs (e.g. ids made from row numbers).
 */
public record IndexSummary(
    long read,
    long indexed,
    long rejected,
    long skipped,
    long updated,
    long postsInIndex,
    double seconds,
    boolean finished,
    java.util.List<String> notes) {

  public IndexSummary {
    notes = java.util.List.copyOf(notes);
  }

  public double postsPerSecond() {
    return seconds <= 0 ? 0 : indexed / seconds;
  }
}
