package org.chorus.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.chorus.app.ReadSummary;
import org.chorus.eval.ClassMetrics;
import org.chorus.eval.ClassificationReport;
import org.chorus.eval.ConfidenceInterval;
import org.chorus.eval.ConfusionMatrix;
import org.chorus.eval.Evaluation;
import org.chorus.eval.PairedComparison;
import org.chorus.eval.Slice;

/** Prints an {@link Evaluation} for people: per-class table, averages, confusion matrix. */
final class EvaluationPrinter {
  // A wider matrix wraps in a terminal and stops being readable; the JSON still has it.
  private static final int MAX_MATRIX_CLASSES = 16;

  private EvaluationPrinter() {}

  static void print(PrintStream out, Evaluation evaluation, String groupNoun) {
    ClassificationReport r = evaluation.report();
    Table table = new Table("class", "precision", "recall", "F1", "support", "predicted")
        .alignRight(1, 2, 3, 4, 5);
    for (ClassMetrics c : r.classes()) {
      table.row(c.label(), f3(c.precision()), f3(c.recall()), f3(c.f1()), c.support(),
          c.predicted());
    }
    table.print(out);
    out.println();
    ConfidenceInterval ci = evaluation.macroF1();
    out.printf(Locale.ROOT, "items %,d   macro-F1 %s (95%% CI %s-%s, %d resamples of %,d %s)%n",
        r.items(), f3(r.macroF1()), f3(ci.low()), f3(ci.high()), ci.resamples(), ci.groups(),
        groupNoun);
    out.printf(Locale.ROOT, "micro-F1 %s   %s %s   macro precision %s   macro recall %s%n",
        f3(r.microF1()), r.multiLabel() ? "exact-match accuracy" : "accuracy", f3(r.accuracy()),
        f3(r.macroPrecision()), f3(r.macroRecall()));
    if (r.confusion() != null) printConfusion(out, r.confusion());
  }

  /** What reading gave, on standard error: said even with --quiet when posts were left out. */
  static void printRead(PrintStream err, ReadSummary read, boolean quiet) {
    if (quiet && read.unlabelled() == 0 && read.rejected() == 0) return;
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "read %,d labelled posts",
        read.labelled()));
    if (read.unlabelled() > 0) {
      s.append(String.format(Locale.ROOT, ", skipped %,d unlabelled", read.unlabelled()));
    }
    if (read.rejected() > 0) {
      s.append(String.format(Locale.ROOT, ", rejected %,d (see %s)", read.rejected(),
          read.rejectsFile()));
    }
    err.println(s);
  }

  static void printSlices(PrintStream out, List<Slice> slices, String groupNoun) {
    if (slices.isEmpty()) return;
    out.println();
    Table table = new Table("slice", "items", "macro-F1", "95% CI", groupNoun)
        .alignRight(1, 2, 3, 4);
    for (Slice s : slices) {
      ConfidenceInterval ci = s.macroF1();
      table.row(s.name(), s.items(), f3(ci.estimate()), f3(ci.low()) + "-" + f3(ci.high()),
          ci.groups());
    }
    table.print(out);
  }

  static void printComparison(PrintStream out, String a, String b, PairedComparison c,
      String groupNoun) {
    ConfidenceInterval d = c.difference();
    out.printf(Locale.ROOT, "A %s   macro-F1 %s%n", a, f3(c.a()));
    out.printf(Locale.ROOT, "B %s   macro-F1 %s%n", b, f3(c.b()));
    out.printf(Locale.ROOT, "B - A  %+.3f (95%% CI %+.3f to %+.3f; paired bootstrap, %d "
        + "resamples of %,d %s)%n", d.estimate(), d.low(), d.high(), d.resamples(), d.groups(),
        groupNoun);
    out.printf(Locale.ROOT, "B >= A in %.1f%% of resamples%n", 100 * c.shareBAtLeastA());
  }

  private static void printConfusion(PrintStream out, ConfusionMatrix m) {
    List<String> labels = m.labels();
    out.println();
    if (labels.size() > MAX_MATRIX_CLASSES) {
      out.println("confusion matrix: " + labels.size() + " classes, see --json");
      return;
    }
    // Long class names (whole sentences in some datasets) would make every column that wide:
    // then columns are numbered and rows say which number is which class.
    boolean numbered = labels.stream().anyMatch(l -> l.length() > 12);
    out.println("confusion matrix (rows: true class, columns: predicted"
        + (numbered ? " class by row number)" : ")"));
    String[] headers = new String[labels.size() + 1];
    headers[0] = "true \\ predicted";
    for (int c = 0; c < labels.size(); c++) {
      headers[c + 1] = numbered ? "#" + (c + 1) : labels.get(c);
    }
    Table table = new Table(headers).maxWidth(40);
    int[] numeric = new int[labels.size()];
    for (int c = 0; c < numeric.length; c++) numeric[c] = c + 1;
    table.alignRight(numeric);
    int[][] counts = m.counts();
    for (int t = 0; t < labels.size(); t++) {
      Object[] row = new Object[labels.size() + 1];
      row[0] = numbered ? "#" + (t + 1) + " " + labels.get(t) : labels.get(t);
      for (int p = 0; p < labels.size(); p++) row[p + 1] = counts[t][p];
      table.row(row);
    }
    table.print(out);
  }

  static String f3(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
