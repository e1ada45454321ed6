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
 * Dataset files to read posts from, in order, and where their labels come from.
 *
 * @param format their layout; {@link Format#AUTO} decides from each file's header
 * @param columns the column map, or null for the layout's own
 * @param labelColumn null for the labels the reader gives; otherwise the CSV/TSV column that
 *     replaces the label columns of {@code columns}
 * @param rejects where bad records go (written only if there is one), or null to stop at the
 *     first
 */
public record DatasetFiles(List<Path> files, Format format, ColumnMap columns,
    String labelColumn, Path rejects) {

  public DatasetFiles {
    files = List.copyOf(files);
    Objects.requireNonNull(format, "format");
  }

  /** These files, layout decided from their headers, labels as read, stop at a bad record. */
  public static DatasetFiles of(List<Path> files) {
    return new DatasetFiles(files, Format.AUTO, null, null, null);
  }

  /**
   * Where this request's bad records go: a fresh handler for each reading.
   *
   * @throws RequestException when the rejects path could not be written
   */
  public RejectsFile openRejects() {
    if (rejects == null) return RejectsFile.failFast();
    return RejectsFile.at(OutputPath.file("rejects file", rejects));
  }

  /**
   * All files as one stream of posts, labels from {@link #labelColumn} when one is given; every
   * file is checked before the first post, so a bad last file stops a run before it writes.
   */
  public PostReader open(RejectHandler handler) throws IOException {
    if (labelColumn == null) return Datasets.open(files, format, columns, handler);
    if (columns == null) {
      throw new RequestException("labels from column '" + labelColumn + "' need a column map"
          + " for the other columns (e.g. id=ID,account=USER,text=TEXT,label=" + labelColumn
          + ")");
    }
    return Datasets.open(files, format, columns.withLabelColumn(labelColumn), handler);
  }

  /** One of the files in their layout (labels as the reader gives them). */
  public PostReader open(Path file, RejectHandler handler) throws IOException {
    return Datasets.open(file, format, columns, handler);
  }
}
