package org.chorus.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Minimal RFC-4180 reader for the IRA dev file, for experiments that run without the readers. */
final class IraCsv implements AutoCloseable {
  private final BufferedReader in;

  IraCsv(Path gz) throws IOException {
    in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(gz), 1 << 16), StandardCharsets.UTF_8), 1 << 16);
    next(); // header
  }

  /** The next record's fields, or null at the end. */
  List<String> next() throws IOException {
    List<String> fields = new ArrayList<>(11);
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int c;
    while ((c = in.read()) != -1) {
      any = true;
      if (quoted) {
        if (c == '"') {
          in.mark(1);
          int d = in.read();
          if (d == '"') f.append('"');
          else {
            quoted = false;
            if (d != -1) in.reset();
          }
        } else f.append((char) c);
      } else if (c == '"') quoted = true;
      else if (c == ',') {
        fields.add(f.toString());
        f.setLength(0);
      } else if (c == '\n') {
        break;
      } else if (c != '\r') f.append((char) c);
    }
    if (!any) return null;
    fields.add(f.toString());
    return fields;
  }

  static Path find() {
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 6 && dir != null; i++, dir = dir.getParent()) {
      Path p = dir.resolve("shared/data");
      if (Files.isDirectory(p)) return p;
      p = dir.resolve("../shared/data").normalize();
      if (Files.isDirectory(p)) return p;
    }
    return null;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
