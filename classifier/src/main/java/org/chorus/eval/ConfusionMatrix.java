package org.chorus.eval;

import java.util.List;

/**
 * Counts of (true, predicted) label pairs for single-label outcomes: {@code count(t, p)} items
 * of true class {@code labels[t]} were predicted as {@code labels[p]}; rows are truth.
 */
public record ConfusionMatrix(List<String> labels, int[][] counts) {

  public ConfusionMatrix {
    labels = List.copyOf(labels);
    int[][] copy = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      if (counts[i].length != labels.size()) {
        throw new IllegalArgumentException("row " + i + " has " + counts[i].length + " cells");
      }
      copy[i] = counts[i].clone();
    }
    if (copy.length != labels.size()) {
      throw new IllegalArgumentException(copy.length + " rows for " + labels.size() + " labels");
    }
    counts = copy;
  }

  public int count(String truth, String predicted) {
    int t = labels.indexOf(truth);
    int p = labels.indexOf(predicted);
    return t < 0 || p < 0 ? 0 : counts[t][p];
  }

  @Override
  public int[][] counts() {
    int[][] copy = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) copy[i] = counts[i].clone();
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConfusionMatrix m && labels.equals(m.labels)
        && java.util.Arrays.deepEquals(counts, m.counts);
  }

  @Override
  public int hashCode() {
    return 31 * labels.hashCode() + java.util.Arrays.deepHashCode(counts);
  }
}
