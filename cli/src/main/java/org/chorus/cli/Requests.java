package org.chorus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.chorus.app.Investigation;
import org.chorus.index.IndexMissingException;
import org.chorus.search.QueryLimits;

/** Turns what the app layer refuses about a request into usage errors (exit code 2). */
final class Requests {
  private Requests() {}

  /** Builds a request record; its validation messages become usage errors. */
  static <T> T check(Supplier<T> request) {
    try {
      return request.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * Opens the index a command names, or several together when it names them with commas
   * ({@code --index a,b,c}, e.g. shards of chorus spark index); "no index there" is a usage
   * error.
   */
  static Investigation open(Path dir) throws IOException {
    return open(dir, QueryLimits.DEFAULT);
  }

  static Investigation open(Path dir, QueryLimits limits) throws IOException {
    try {
      return Investigation.open(
          java.util.Arrays.stream(dir.toString().split(",")).map(Path::of).toList(), limits);
    } catch (IndexMissingException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
