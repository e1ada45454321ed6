package org.chorus.corpus;

import java.io.Closeable;
import java.io.IOException;

/** Posts from a file in the project's JSON Lines schema ({@link PostJson}), one per line. */
final class JsonlPostReader implements PostReader {
  private final String file;
  private final CsvTokenizer lines;
  private final Closeable source;
  private final RejectHandler rejects;

  JsonlPostReader(String file, CsvTokenizer lines, Closeable source, RejectHandler rejects) {
    this.file = file;
    this.lines = lines;
    this.source = source;
    this.rejects = rejects;
  }

  @Override
  public Post next() throws IOException {
    while (lines.next()) {
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

  @Override
  public long line() {
    return lines.line();
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
