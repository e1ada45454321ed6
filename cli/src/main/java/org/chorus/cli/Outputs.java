package org.chorus.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses an output path no run could write, before any input is read: an hour of training
 * should not end in "is a directory". Missing folders are fine (outputs create them); a path
 * that names a folder where a file is wanted, or that runs through a file, is a usage error
 * naming the option and the path.
 */
final class Outputs {
  private Outputs() {}

  /** {@code path} is to be written as a file. */
  static Path file(String option, Path path) {
    if (Files.isDirectory(path)) {
      throw new UsageException(option + " " + path + ": is a folder; give a file to write");
    }
    return throughFolders(option, path);
  }

  /** {@code path} is a folder to write into (an index, a generated corpus). */
  static Path folder(String option, Path path) {
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new UsageException(option + " " + path + ": is a file; give a folder");
    }
    return throughFolders(option, path);
  }

  // The nearest existing ancestor must be a folder, or nothing below it can be created.
  private static Path throughFolders(String option, Path path) {
    for (Path p = path.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p)) break;
      if (Files.exists(p)) {
        throw new UsageException(option + " " + path + ": " + p + " is a file, not a folder");
      }
    }
    return path;
  }
}
