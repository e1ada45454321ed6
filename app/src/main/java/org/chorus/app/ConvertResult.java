package org.chorus.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What a conversion did: {@code read = written + rejected}.
 *
 * @param rejectsFile where rejected records were written, or null when none were
 * @param notes what the readers had to assume about the inputs
 */
public record ConvertResult(long written, long rejected, double seconds, Path rejectsFile,
    Path output, List<String> notes) {

  public ConvertResult {
    notes = List.copyOf(notes);
  }

  public long read() {
    return written + rejected;
  }

  public double postsPerSecond() {
    return read() / Math.max(seconds, 1e-9);
  }
}
