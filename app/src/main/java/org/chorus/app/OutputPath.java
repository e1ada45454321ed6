package org.chorus.app;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses an output path no run could write, before the work that would fill it: an hour of
 * training should not end in "is a directory". Missing folders are fine (outputs create them);
 * a path that names a folder where a file is wanted, a file where a folder is wanted, or that
 * runs through a file is a {@link RequestException} naming what the path is for and the path.
 */
public final class OutputPath {
  private OutputPath() {}

  /**
   * @param what what the path is for, as the caller's user knows it ("--output", "model")
   * @return {@code path}, to be written as a file
   */
  public static Path file(String what, Path path) {
    if (Files.isDirectory(path)) {
      throw new RequestException(what + " " + path + ": is a folder; give a file to write");
    }
    return throughFolders(what, path);
  }

  /** @return {@code path}, a folder to write into (an index, a generated corpus) */
  public static Path folder(String what, Path path) {
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new RequestException(what + " " + path + ": is a file; give a folder");
    }
    return throughFolders(what, path);
  }

  // The nearest existing ancestor must be a folder, or nothing below it can be created.
  private static Path throughFolders(String what, Path path) {
    for (Path p = path.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p)) break;
      if (Files.exists(p)) {
        throw new RequestException(what + " " + path + ": " + p + " is a file, not a folder");
      }
    }
    return path;
  }
}
