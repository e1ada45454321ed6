package org.chorus.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.chorus.corpus.ColumnMap;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.Format;
import org.chorus.corpus.PostReader;
import org.chorus.corpus.RejectHandler;
import org.chorus.corpus.RejectsFile;

/**
 * Datasets to read as one stream of posts, and what to do with a record that cannot be read.
 *
 * @param files read in this order
 * @param format the layout, or {@link Format#AUTO} to decide from each file's header
 * @param columns a column map for CSV/TSV or foreign JSON Lines; null: the format's own
 * @param onError skip bad records into a rejects file, or stop at the first
 */
public record Input(List<Path> files, Format format, ColumnMap columns, OnError onError) {

  /** What to do with a record that cannot be read. */
  public enum OnError { SKIP, FAIL }

  public Input {
    files = List.copyOf(files);
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(onError, "onError");
  }

  /** The files in their own layout, bad records skipped. */
  public static Input of(List<Path> files) {
    return new Input(files, Format.AUTO, null, OnError.SKIP);
  }

  /**
   * All files as one stream of posts, in order; every file is checked before the first post, so
   * a bad last file stops the run before anything is written.
   */
  public PostReader open(RejectHandler rejects) throws IOException {
    return Datasets.open(files, format, columns, rejects);
  }

  /** Opens one file of these inputs in their layout; bad records go to {@code rejects}. */
  public PostReader open(Path file, RejectHandler rejects) throws IOException {
    return Datasets.open(file, format, columns, rejects);
  }

  /**
   * Where bad records go: with {@link OnError#FAIL} a handler that stops at the first; otherwise
   * a rejects file at {@code path}, created only if something is rejected.
   */
  public RejectsFile rejects(Path path) {
    return onError == OnError.FAIL ? RejectsFile.failFast() : RejectsFile.at(path);
  }
}
