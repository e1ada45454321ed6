package org.chorus.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The first lines of datasets as files of their own, so a warm-up or a quick run reads them
 * through the same readers and the same call as a whole run. A record that spans lines may be
 * cut at the end and rejected.
 */
final class Head {
  private Head() {}

  /** Each file's first {@code lines} lines after its header, decompressed, in {@code dir}. */
  static List<Path> of(List<Path> files, long lines, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    for (Path f : files) {
      Path copy = dir.resolve(out.size() + "-" + f.getFileName().toString().replaceAll("\\.gz$", ""));
      try (InputStream in = decompressed(f); OutputStream o = Files.newOutputStream(copy)) {
        copyLines(in, o, lines + 1);
      }
      out.add(copy);
    }
    return out;
  }

  /** A file's bytes, gunzipped when it starts with gzip's magic bytes (as the readers do). */
  static InputStream decompressed(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    raw.mark(2);
    boolean gzip = raw.read() == 0x1f && raw.read() == 0x8b;
    raw.reset();
    return gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
  }

  private static void copyLines(InputStream in, OutputStream out, long lines) throws IOException {
    byte[] buf = new byte[1 << 16];
    long left = lines;
    for (int n; left > 0 && (n = in.read(buf)) > 0; ) {
      int end = 0;
      while (end < n && left > 0) {
        if (buf[end++] == '\n') left--;
      }
      out.write(buf, 0, end);
    }
  }
}
