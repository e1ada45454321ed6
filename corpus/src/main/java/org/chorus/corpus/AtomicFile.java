package org.chorus.corpus;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that it is either the old file or the whole new one, never a part: the
 * content goes to a temporary file in the target's folder, is flushed to disk, and is then
 * moved over the target in one step. A failed or killed run leaves the target as it was. A
 * missing folder is created, the same for every output.
 */
public final class AtomicFile {
  private AtomicFile() {}

  /** What goes into the file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** @throws IOException naming the target when it cannot be written whole */
  public static void write(Path target, Content content) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    if (Files.isDirectory(target)) throw new IOException(target + " is a folder, not a file");
    Files.createDirectories(folder);
    Path tmp = Files.createTempFile(folder, "." + target.getFileName(), ".partial");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
        content.writeTo(out);
        out.flush();
        channel.force(false);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      moved = true;
    } catch (IOException e) {
      throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      if (!moved) Files.deleteIfExists(tmp);
    }
  }
}
