package org.chorus.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Cohen's kappa between two annotators, per label: on the posts both decided about, each
 * label is a yes/no question ("does it apply?"), and kappa is the agreement beyond what the
 * two annotators' own rates of saying yes would give by chance.
 */
public final class Agreement {
  private Agreement() {}

  /**
   * One label's figures.
   *
   * @param kappa NaN when chance agreement is 1 (both said the same answer for every post)
   * @param observed share of shared posts where both gave the same answer
   */
  public record LabelKappa(String label, int shared, int yesA, int yesB, int both,
      double observed, double kappa) {}

  /** Per label named by either side, sorted; label sets keyed by post id. */
  public static List<LabelKappa> kappa(Map<String, List<String>> a, Map<String, List<String>> b) {
    List<String> shared = a.keySet().stream().filter(b::containsKey).toList();
    TreeSet<String> labels = new TreeSet<>();
    for (String id : shared) {
      labels.addAll(a.get(id));
      labels.addAll(b.get(id));
    }
    List<LabelKappa> out = new ArrayList<>();
    for (String label : labels) {
      int ya = 0, yb = 0, both = 0, same = 0;
      for (String id : shared) {
        boolean x = a.get(id).contains(label), y = b.get(id).contains(label);
        if (x) ya++;
        if (y) yb++;
        if (x && y) both++;
        if (x == y) same++;
      }
      out.add(new LabelKappa(label, shared.size(), ya, yb, both,
          (double) same / shared.size(), kappa(shared.size(), ya, yb, same)));
    }
    return out;
  }

  static double kappa(int n, int yesA, int yesB, int same) {
    double po = (double) same / n;
    double pa = (double) yesA / n, pb = (double) yesB / n;
    double pe = pa * pb + (1 - pa) * (1 - pb);
    return pe >= 1 ? Double.NaN : (po - pe) / (1 - pe);
  }
}
