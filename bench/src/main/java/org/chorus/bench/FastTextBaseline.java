package org.chorus.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * fastText supervised ({@code fasttext supervised -input train.txt -output model -wordNgrams 2},
 * otherwise default settings), then {@code fasttext predict} on the test texts. Labels are
 * written as {@code __label__<n>} because fastText labels cannot hold spaces.
 */
public final class FastTextBaseline implements Baseline {
  private final String executable;
  private final List<String> extraArgs;

  /** The benchmark setting: default supervised options plus {@code -wordNgrams 2}. */
  public FastTextBaseline(String executable) {
    this(executable, List.of());
  }

  /** @param extraArgs appended to {@code fasttext supervised}, e.g. a small {@code -bucket} */
  public FastTextBaseline(String executable, List<String> extraArgs) {
    this.executable = executable;
    this.extraArgs = List.copyOf(extraArgs);
  }

  @Override
  public String name() {
    return "fastText";
  }

  @Override
  public BaselineResult run(List<String> trainLabels, List<String> trainTexts,
      List<String> testTexts, Path workDir) throws IOException, InterruptedException {
    if (ExternalProcess.onPath(executable) == null) {
      return BaselineResult.skipped(name(), "'" + executable + "' not found on PATH (Debian: "
          + "apt-get install fasttext)");
    }
    Map<String, Integer> codes = new HashMap<>();
    List<String> names = new ArrayList<>();
    Path train = workDir.resolve("fasttext-train.txt");
    try (BufferedWriter w = Files.newBufferedWriter(train, StandardCharsets.UTF_8)) {
      for (int i = 0; i < trainLabels.size(); i++) {
        int code = codes.computeIfAbsent(trainLabels.get(i), l -> {
          names.add(l);
          return names.size() - 1;
        });
        w.write("__label__" + code + " " + clean(trainTexts.get(i)) + "\n");
      }
    }
    Path test = workDir.resolve("fasttext-test.txt");
    try (BufferedWriter w = Files.newBufferedWriter(test, StandardCharsets.UTF_8)) {
      for (String text : testTexts) w.write(clean(text) + "\n");
    }
    List<String> command = new ArrayList<>(List.of(executable, "supervised",
        "-input", train.toString(), "-output", workDir.resolve("fasttext-model").toString(),
        "-wordNgrams", "2"));
    command.addAll(extraArgs);
    long started = System.currentTimeMillis();
    ExternalProcess.Run fit = ExternalProcess.run(command, workDir, "fasttext-train");
    if (fit.exitCode() != 0) {
      throw new IOException("fasttext supervised failed: " + ExternalProcess.tail(fit.stderr()));
    }
    // fastText always dumps every vector as text (.vec) after saving the model (.bin); on a
    // large set that takes minutes and is not training, so the clock stops at the .bin.
    Path bin = workDir.resolve("fasttext-model.bin");
    double untilBin = (Files.getLastModifiedTime(bin).toMillis() - started) / 1e3;
    double trainSeconds = untilBin > 0 && untilBin < fit.seconds() ? untilBin : fit.seconds();
    String note = String.format(java.util.Locale.ROOT,
        "train time to model saved; %.1f s more writing .vec", fit.seconds() - trainSeconds);
    Files.deleteIfExists(workDir.resolve("fasttext-model.vec"));
    ExternalProcess.Run predict = ExternalProcess.run(List.of(executable, "predict",
        workDir.resolve("fasttext-model.bin").toString(), test.toString()), workDir,
        "fasttext-predict");
    if (predict.exitCode() != 0) {
      throw new IOException("fasttext predict failed: " + ExternalProcess.tail(predict.stderr()));
    }
    Path one = workDir.resolve("fasttext-one.txt");
    Files.writeString(one, clean(testTexts.isEmpty() ? "" : testTexts.get(0)) + "\n");
    ExternalProcess.Run startup = ExternalProcess.run(List.of(executable, "predict",
        workDir.resolve("fasttext-model.bin").toString(), one.toString()), workDir,
        "fasttext-startup");
    List<String> predictions = new ArrayList<>(testTexts.size());
    String fallback = mostFrequent(trainLabels);
    // fastText prints an empty line when it has no prediction for a line; count it as the
    // most frequent training label rather than losing the line.
    for (String line : predict.stdout().lines().toList()) {
      predictions.add(line.isBlank() ? fallback
          : names.get(Integer.parseInt(line.strip().substring("__label__".length()))));
    }
    if (predictions.size() != testTexts.size()) {
      throw new IOException("fasttext predicted " + predictions.size() + " labels for "
          + testTexts.size() + " test lines");
    }
    return new BaselineResult(name() + " -wordNgrams 2", predictions, trainSeconds,
        predict.seconds(), startup.seconds(), null, note);
  }

  private static String mostFrequent(List<String> labels) {
    Map<String, Integer> counts = new HashMap<>();
    for (String l : labels) counts.merge(l, 1, Integer::sum);
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  // fastText splits on whitespace and treats words starting with __label__ as labels.
  private static String clean(String text) {
    return Baseline.oneLine(text).replace("__label__", "label");
  }
}
