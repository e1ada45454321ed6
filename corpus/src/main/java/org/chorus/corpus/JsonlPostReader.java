package org.chorus.corpus;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipException;

/** Posts from a file in the project's JSON Lines schema ({@link PostJson}), one per line. */
final class JsonlPostReader implements PostReader {
  private final String file;
  private final CsvTokenizer lines;
  private final Closeable source;
  private final RejectHandler rejects;
  private final List<String> notes;

  JsonlPostReader(String file, CsvTokenizer lines, Closeable source, RejectHandler rejects,
      List<String> notes) {
    this.file = file;
    this.lines = lines;
    this.source = source;
    this.rejects = rejects;
    this.notes = List.copyOf(notes);
  }

  @Override
  public List<String> notes() {
    return notes;
  }

  @Override
  public Post next() throws IOException {
    while (advance()) {
      if (lines.error() != null) {
        reject(null, lines.error().replace("field", "line"));
        continue;
      }
      if (lines.firstInvalidUtf8Field() >= 0) {
        reject(null, "invalid UTF-8");
        continue;
      }
      String line = lines.field(0);
      if (lines.line() == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
      if (line.isBlank()) continue;
      try {
        return PostJson.read(line, file, lines.line());
      } catch (InvalidInputException e) {
        Rejection r = e.rejection();
        reject(r.field(), r.reason());
      }
    }
    return null;
  }

  private void reject(String field, String reason) {
    rejects.reject(new Rejection(file, lines.line(), field, reason, lines.excerpt()));
  }

  // A truncated download ends in the middle of a gzip stream: that stops the run (nothing after
  // it can be read) with the file named, not an I/O stack trace.
  private boolean advance() throws IOException {
    try {
      return lines.next();
    } catch (ZipException | EOFException e) {
      throw new InvalidInputException(file, lines.line(), null,
          "compressed data is truncated or corrupt after this line (" + e.getMessage() + ")");
    }
  }

  @Override
  public long line() {
    return lines.line();
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
