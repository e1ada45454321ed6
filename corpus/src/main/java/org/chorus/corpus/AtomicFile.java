package org.chorus.corpus;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that it is either the old file or the whole new one, never a part: the
 * content goes to a temporary file in the target's folder, is flushed to disk, and is then
 * moved over the target in one step. A failed or killed run leaves the target as it was. A
 * missing folder is created, the same for every output.
 *
 * <p>A killed run cannot delete its temporary file, so each one carries its writer's process
 * id, and the next write of the same target deletes those whose writer is gone. This assumes
 * the writers of one folder share a machine: a live writer elsewhere could lose its file.
 */
public final class AtomicFile {
  private static final String SUFFIX = ".partial";

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
    String prefix = "." + target.getFileName() + ".";
    deleteOrphans(folder, prefix);
    Path tmp = Files.createTempFile(folder, prefix + ProcessHandle.current().pid() + ".",
        SUFFIX);
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

  // Temporary files of this target whose writer no longer runs. Matched whole, so that the
  // files of a target whose name merely starts the same ("out" and "out.5") are left alone.
  private static void deleteOrphans(Path folder, String prefix) throws IOException {
    Pattern ours = Pattern.compile(
        Pattern.quote(prefix) + "(\\d{1,18})\\.\\d+" + Pattern.quote(SUFFIX));
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path p : files) {
        Matcher m = ours.matcher(p.getFileName().toString());
        if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
