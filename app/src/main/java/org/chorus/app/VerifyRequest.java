package org.chorus.app;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Check an output against its run manifest.
 *
 * @param output the output file or index folder, or its manifest ({@code OUT.manifest.json})
 */
public record VerifyRequest(Path output) {
  public VerifyRequest {
    Objects.requireNonNull(output, "output");
  }
}
