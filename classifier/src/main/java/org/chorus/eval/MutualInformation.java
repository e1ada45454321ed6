package org.chorus.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalised mutual information between two labellings of the same items (say themes and gold
 * narratives): I(A;B) / ((H(A) + H(B)) / 2), scikit-learn's default ("arithmetic") norm. 1 when
 * each labelling determines the other, 0 when they are independent; renaming labels changes
 * nothing. Natural logarithms; both labellings constant gives 1 by convention.
 */
public final class MutualInformation {
  private MutualInformation() {}

  public static <A, B> double normalized(List<A> a, List<B> b) {
    if (a.size() != b.size()) {
      throw new IllegalArgumentException("labellings differ in length: " + a.size() + " and "
          + b.size());
    }
    int n = a.size();
    if (n == 0) throw new IllegalArgumentException("no items");
    Map<A, Integer> ca = new HashMap<>();
    Map<B, Integer> cb = new HashMap<>();
    Map<Map.Entry<A, B>, Integer> joint = new HashMap<>();
    for (int i = 0; i < n; i++) {
      ca.merge(a.get(i), 1, Integer::sum);
      cb.merge(b.get(i), 1, Integer::sum);
      joint.merge(Map.entry(a.get(i), b.get(i)), 1, Integer::sum);
    }
    double ha = entropy(ca.values(), n);
    double hb = entropy(cb.values(), n);
    if (ha == 0 && hb == 0) return 1;
    double mi = 0;
    for (var e : joint.entrySet()) {
      double pab = (double) e.getValue() / n;
      double pa = (double) ca.get(e.getKey().getKey()) / n;
      double pb = (double) cb.get(e.getKey().getValue()) / n;
      mi += pab * Math.log(pab / (pa * pb));
    }
    return Math.max(0, mi / ((ha + hb) / 2));
  }

  /** The same over label numbers, without boxing (millions of posts). */
  public static double normalized(int[] a, int[] b) {
    List<Integer> la = new java.util.AbstractList<>() {
      public Integer get(int i) { return a[i]; }
      public int size() { return a.length; }
    };
    List<Integer> lb = new java.util.AbstractList<>() {
      public Integer get(int i) { return b[i]; }
      public int size() { return b.length; }
    };
    return normalized(la, lb);
  }

  private static double entropy(Iterable<Integer> counts, int n) {
    double h = 0;
    for (int c : counts) {
      double p = (double) c / n;
      h -= p * Math.log(p);
    }
    return h;
  }
}
