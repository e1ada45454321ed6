package org.chorus.app;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Rewrite {@code data} as Chorus JSON Lines into {@code output}; bad records go where
 * {@code data} says (by convention {@code OUTPUT.rejects.jsonl}).
 */
public record ConvertRequest(DatasetFiles data, Path output) {
  public ConvertRequest {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(output, "output");
  }
}
