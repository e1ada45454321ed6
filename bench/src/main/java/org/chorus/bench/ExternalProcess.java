package org.chorus.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs a tool, timing it, with its output captured to files so a chatty tool cannot block. */
final class ExternalProcess {
  record Run(int exitCode, double seconds, String stdout, String stderr) {}

  private ExternalProcess() {}

  static Run run(List<String> command, Path workDir, String name)
      throws IOException, InterruptedException {
    Path out = workDir.resolve(name + ".out");
    Path err = workDir.resolve(name + ".err");
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    int code = p.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Run(code, seconds, Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The executable's path if {@code name} is on the PATH (or is itself a runnable path). */
  static Path onPath(String name) {
    if (name.contains(File.separator)) {
      Path p = Path.of(name);
      return Files.isExecutable(p) ? p : null;
    }
    String path = System.getenv("PATH");
    if (path == null) return null;
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) return candidate;
    }
    return null;
  }

  static String tail(String text) {
    String t = text.strip();
    return t.length() > 400 ? "..." + t.substring(t.length() - 400) : t;
  }
}
