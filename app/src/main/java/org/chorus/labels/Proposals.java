package org.chorus.labels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chorus.fingerprint.Fingerprint;
import org.chorus.narratives.NarrativeModel;
import org.chorus.narratives.Prediction;

/**
 * Which posts to ask a person about next: uncertainty sampling with a diversity rule. The most
 * uncertain posts come first, but a post that is a near-duplicate (shingle Jaccard at or above
 * the threshold) of one already proposed or already labelled is passed over: twenty copies of
 * one campaign text would teach the model once.
 */
public final class Proposals {
  /** Copies of one message, as near-duplicate detection counts them. */
  public static final double NEAR_DUPLICATE = 0.5;

  /** A post that could be proposed: its position in the caller's list, score and text shape. */
  public record Candidate(int item, double uncertainty, Fingerprint fingerprint) {}

  private Proposals() {}

  /**
   * Up to {@code n} candidates' items, most uncertain first, no two near-duplicates and none a
   * near-duplicate of a {@code labelled} text.
   */
  public static List<Integer> pick(List<Candidate> candidates, int n, List<Fingerprint> labelled,
      double threshold) {
    List<Candidate> order = new ArrayList<>(candidates);
    order.sort(Comparator.comparingDouble(Candidate::uncertainty).reversed()
        .thenComparingInt(Candidate::item));
    Set<Long> exact = new HashSet<>();
    for (Fingerprint f : labelled) exact.add(f.setKey());
    List<Fingerprint> chosen = new ArrayList<>();
    List<Integer> out = new ArrayList<>();
    for (Candidate c : order) {
      if (out.size() == n) break;
      Fingerprint f = c.fingerprint();
      if (!f.isEmpty() && (exact.contains(f.setKey()) || near(f, chosen, threshold)
          || near(f, labelled, threshold))) {
        continue;
      }
      chosen.add(f);
      exact.add(f.setKey());
      out.add(c.item());
    }
    return out;
  }

  private static boolean near(Fingerprint f, List<Fingerprint> others, double threshold) {
    for (Fingerprint o : others) {
      if (!o.isEmpty() && f.similarity(o) >= threshold) return true;
    }
    return false;
  }

  /**
   * How unsure the model is, 0 (sure) to 1: one minus the gap between the two most probable
   * labels for a multi-class model; for a multi-label one, how close the score of the label
   * nearest its threshold comes to it.
   */
  public static double uncertainty(NarrativeModel model, Prediction p) {
    List<String> labels = model.labels();
    if (!model.multiLabel()) {
      double first = 0, second = 0;
      for (String l : labels) {
        double s = p.score(l);
        if (s > first) {
          second = first;
          first = s;
        } else if (s > second) {
          second = s;
        }
      }
      return 1 - (first - second);
    }
    List<Double> thresholds = model.info().calibration().thresholds();
    double best = 0;
    for (int c = 0; c < labels.size(); c++) {
      double t = c < thresholds.size() ? thresholds.get(c) : 0.5;
      double s = p.score(labels.get(c));
      double room = s >= t ? 1 - t : t;
      best = Math.max(best, room <= 0 ? 0 : 1 - Math.abs(s - t) / room);
    }
    return best;
  }
}
