package org.chorus.app;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Rewrite {@code input} as Chorus JSON Lines into {@code output}; bad records go to
 * {@code OUTPUT.rejects.jsonl}.
 */
public record ConvertRequest(Input input, Path output) {
  public ConvertRequest {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
  }
}
