package org.chorus.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file as a run saw it: where, how many bytes, and their SHA-256 in lower-case hex.
 *
 * @param path absolute and normalized, so that a manifest means the same from any folder
 */
public record FileDigest(String path, long bytes, String sha256) {
  // Large enough that hashing runs at the digest's speed, not the system calls'.
  private static final int BUFFER = 1 << 20;

  public FileDigest {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
  }

  /** Hashes {@code file} as a stream: memory stays flat whatever its size. */
  public static FileDigest of(Path file) throws IOException {
    MessageDigest sha = newDigest();
    long bytes = 0;
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        sha.update(buffer, 0, n);
        bytes += n;
      }
    }
    return new FileDigest(file.toAbsolutePath().normalize().toString(), bytes,
        HexFormat.of().formatHex(sha.digest()));
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
