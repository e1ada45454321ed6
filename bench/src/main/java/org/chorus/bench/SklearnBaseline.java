package org.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * scikit-learn TF-IDF (word 1-2 grams, sublinear tf) + logistic regression, run by the
 * committed script {@code bench/sklearn_tfidf_lr.py}. The training set can be sampled down
 * ({@code maxTrain}) because scikit-learn on millions of posts needs far more memory and time
 * than the other systems; the result's note says so when it happens.
 */
public final class SklearnBaseline implements Baseline {
  /** Exit code of the script when scikit-learn is not installed. */
  static final int SKIPPED = 77;

  private final String python;
  private final Path script;
  private final int maxTrain;

  /**
   * @param script the baseline script, or null when it could not be found (then skipped)
   * @param maxTrain sample at most this many training rows; 0 for all
   */
  public SklearnBaseline(String python, Path script, int maxTrain) {
    this.python = python;
    this.script = script;
    this.maxTrain = maxTrain;
  }

  @Override
  public String name() {
    return "sklearn TF-IDF+LR";
  }

  @Override
  public BaselineResult run(List<String> trainLabels, List<String> trainTexts,
      List<String> testTexts, Path workDir) throws IOException, InterruptedException {
    if (script == null || !Files.isRegularFile(script)) {
      return BaselineResult.skipped(name(), "bench/sklearn_tfidf_lr.py not found (run from the "
          + "repository, or pass its path)");
    }
    if (ExternalProcess.onPath(python) == null) {
      return BaselineResult.skipped(name(), "'" + python + "' not found");
    }
    Path train = workDir.resolve("sklearn-train.tsv");
    Path test = workDir.resolve("sklearn-test.tsv");
    Path predicted = workDir.resolve("sklearn-predictions.txt");
    write(train, trainLabels, trainTexts);
    write(test, null, testTexts);
    ExternalProcess.Run run = ExternalProcess.run(List.of(python, script.toString(),
        train.toString(), test.toString(), predicted.toString(),
        "--max-train", Integer.toString(maxTrain)), workDir, "sklearn");
    if (run.exitCode() == SKIPPED) {
      return BaselineResult.skipped(name(), ExternalProcess.tail(run.stderr()));
    }
    if (run.exitCode() != 0) {
      throw new IOException("sklearn baseline failed: " + ExternalProcess.tail(run.stderr()));
    }
    JsonNode timing = new ObjectMapper().readTree(run.stdout().strip());
    List<String> predictions = Files.readAllLines(predicted, StandardCharsets.UTF_8);
    if (predictions.size() != testTexts.size()) {
      throw new IOException("sklearn predicted " + predictions.size() + " labels for "
          + testTexts.size() + " test lines");
    }
    int rows = timing.get("train_rows").asInt();
    int available = timing.get("train_rows_available").asInt();
    String note = rows < available
        ? "trained on a random sample of " + rows + " of " + available + " training posts"
        : null;
    return new BaselineResult(name(), predictions, timing.get("train_seconds").asDouble(),
        timing.get("predict_seconds").asDouble(), 0, null, note);
  }

  private static void write(Path file, List<String> labels, List<String> texts)
      throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int i = 0; i < texts.size(); i++) {
        String label = labels == null ? "?" : labels.get(i).replace('\t', ' ');
        w.write(label + "\t" + Baseline.oneLine(texts.get(i)) + "\n");
      }
    }
  }

  /** Finds {@code bench/sklearn_tfidf_lr.py} in the working directory or one above it. */
  public static Path findScript(Path start) {
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("bench").resolve("sklearn_tfidf_lr.py");
      if (Files.isRegularFile(candidate)) return candidate;
    }
    return null;
  }

  /** Debian's python has python3-sklearn; a pyenv or venv python on the PATH may not. */
  public static String defaultPython() {
    String configured = System.getenv("CHORUS_PYTHON");
    if (configured != null) return configured;
    return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
  }
}
