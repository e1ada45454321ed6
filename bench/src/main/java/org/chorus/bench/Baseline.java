package org.chorus.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An external classifier run on exactly the split Chorus is scored on, so figures compare
 * like with like. Implementations shell out to the tool and skip (never fail) when it is not
 * installed, saying why.
 */
public interface Baseline {

  String name();

  /**
   * Trains on the training texts and predicts one label per test text.
   *
   * @param workDir where to write the split files and the tool's model
   */
  BaselineResult run(List<String> trainLabels, List<String> trainTexts, List<String> testTexts,
      Path workDir) throws IOException, InterruptedException;

  /** One line of text per post for line-oriented tools: tabs and new lines become spaces. */
  static String oneLine(String text) {
    String flat = text.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " ").strip();
    return flat.isEmpty() ? "_empty_" : flat;
  }
}
