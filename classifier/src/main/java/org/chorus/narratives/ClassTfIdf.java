package org.chorus.narratives;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Class-based TF-IDF, as BERTopic ranks a topic's words: all documents of a class are one
 * document, and a term weighs {@code tf(t, c) * log(1 + A / f(t))}, with {@code tf(t, c)} the
 * term's count in class c, {@code f(t)} its count over all classes and {@code A} the average
 * number of term occurrences per class. A term frequent in one theme and rare in the others
 * ranks high; one spread evenly over all themes ("hong kong" in a corpus about Hong Kong) ranks
 * low however frequent it is.
 */
public final class ClassTfIdf {
  private final List<Map<String, Integer>> counts = new ArrayList<>();

  public ClassTfIdf(int classes) {
    for (int c = 0; c < classes; c++) counts.add(new HashMap<>());
  }

  public void add(int c, List<String> terms) {
    for (String t : terms) counts.get(c).merge(t, 1, Integer::sum);
  }

  /** The term's weight in class c. */
  public double weight(int c, String term) {
    Integer tf = counts.get(c).get(term);
    return tf == null ? 0 : weigh(tf, total(term), average());
  }

  /** Class c's n heaviest terms, heaviest first (ties alphabetical). */
  public List<String> top(int c, int n) {
    Map<String, Integer> totals = new HashMap<>();
    long all = 0;
    for (Map<String, Integer> m : counts) {
      for (var e : m.entrySet()) {
        totals.merge(e.getKey(), e.getValue(), Integer::sum);
        all += e.getValue();
      }
    }
    double a = (double) all / counts.size();
    return counts.get(c).entrySet().stream()
        .map(e -> Map.entry(e.getKey(), weigh(e.getValue(), totals.get(e.getKey()), a)))
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
        .limit(n).map(Map.Entry::getKey).toList();
  }

  /** Every term's weight in class c. */
  public Map<String, Double> weights(int c) {
    double a = average();
    Map<String, Double> out = new HashMap<>();
    for (var e : counts.get(c).entrySet()) {
      out.put(e.getKey(), weigh(e.getValue(), total(e.getKey()), a));
    }
    return out;
  }

  private static double weigh(int tf, int total, double average) {
    return tf * Math.log(1 + average / total);
  }

  private int total(String term) {
    int sum = 0;
    for (Map<String, Integer> m : counts) sum += m.getOrDefault(term, 0);
    return sum;
  }

  private double average() {
    long all = 0;
    for (Map<String, Integer> m : counts) for (int v : m.values()) all += v;
    return (double) all / counts.size();
  }
}
