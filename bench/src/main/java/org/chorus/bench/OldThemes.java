package org.chorus.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.chorus.corpus.text.Scripts;
import org.chorus.narratives.Tokenizer;
import smile.clustering.SIB;
import smile.util.SparseArray;

/**
 * The themes algorithm before issue 15, kept here as the same-run baseline: CoreNLP words and
 * bigrams with single CJK characters, no stop words, every copy clustered, Smile SIB over TF-IDF,
 * top terms by the theme's mean TF-IDF.
 */
final class OldThemes {
  /** Theme per text (-1: no term), and top terms per theme. */
  record Result(int[] theme, List<List<String>> topTerms) {}

  private record Vec(int[] index, float[] value) {
    int size() {
      return index.length;
    }
  }

  private OldThemes() {}

  static Result fit(List<String> texts, int k, int topTerms, long seed) {
    Tokenizer tokenizer = new Tokenizer();
    List<List<String>> terms = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) terms.add(null);
    IntStream.range(0, texts.size()).parallel()
        .forEach(i -> terms.set(i, termsOf(tokenizer.words(texts.get(i)))));
    Map<String, Integer> df = new HashMap<>();
    for (List<String> t : terms) for (String s : new HashSet<>(t)) df.merge(s, 1, Integer::sum);
    int n = texts.size();
    List<String> vocabulary = df.entrySet().stream()
        .filter(e -> e.getValue() >= Math.min(2, n) && e.getValue() <= Math.max(1, n / 2))
        .map(Map.Entry::getKey).sorted().toList();
    Map<String, Integer> index = new HashMap<>();
    for (String v : vocabulary) index.put(v, index.size());
    double[] idf = new double[vocabulary.size()];
    for (int j = 0; j < idf.length; j++) {
      idf[j] = Math.log((1.0 + n) / (1 + df.get(vocabulary.get(j)))) + 1;
    }
    List<Integer> usable = new ArrayList<>();
    List<Vec> vectors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Vec v = weigh(terms.get(i), index, idf);
      if (v.size() > 0) {
        usable.add(i);
        vectors.add(v);
      }
    }
    int[] theme = new int[n];
    java.util.Arrays.fill(theme, -1);
    int clusters = Math.min(k, vectors.size());
    if (clusters == 0) return new Result(theme, List.of());
    SparseArray[] data = new SparseArray[vectors.size()];
    for (int i = 0; i < data.length; i++) {
      Vec v = vectors.get(i);
      double sum = 0;
      for (float x : v.value()) sum += x;
      SparseArray a = new SparseArray(v.size());
      for (int j = 0; j < v.size(); j++) a.append(v.index()[j], v.value()[j] / sum);
      data[i] = a;
    }
    smile.math.MathEx.setSeed(seed);
    int[] y = clusters == 1 ? new int[data.length] : SIB.fit(data, clusters, 100).y;
    List<Map<Integer, Double>> mean = new ArrayList<>();
    for (int c = 0; c < clusters; c++) mean.add(new HashMap<>());
    for (int j = 0; j < y.length; j++) {
      theme[usable.get(j)] = y[j];
      Vec v = vectors.get(j);
      for (int t = 0; t < v.size(); t++) mean.get(y[j]).merge(v.index()[t], (double) v.value()[t], Double::sum);
    }
    List<List<String>> top = new ArrayList<>();
    for (int c = 0; c < clusters; c++) {
      top.add(mean.get(c).entrySet().stream()
          .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .limit(topTerms).map(e -> vocabulary.get(e.getKey())).toList());
    }
    return new Result(theme, top);
  }

  private static List<String> termsOf(List<String> words) {
    List<String> kept = new ArrayList<>(words.size());
    for (String w : words) if (isTerm(w)) kept.add(w);
    List<String> out = new ArrayList<>(kept.size() * 2);
    out.addAll(kept);
    for (int i = 1; i < kept.size(); i++) {
      if (!Scripts.isCjkOrHangul(kept.get(i).codePointAt(0))
          || !Scripts.isCjkOrHangul(kept.get(i - 1).codePointAt(0))) {
        out.add(kept.get(i - 1) + " " + kept.get(i));
      } else {
        out.add(kept.get(i - 1) + kept.get(i));
      }
    }
    return out;
  }

  private static boolean isTerm(String w) {
    if (w.equals(Tokenizer.URL) || w.length() < 2 && !Scripts.isCjkOrHangul(w.codePointAt(0))) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) if (Character.isLetter(w.charAt(i))) return true;
    return false;
  }

  private static Vec weigh(List<String> terms, Map<String, Integer> index, double[] idf) {
    Map<Integer, Integer> tf = new TreeMap<>();
    for (String t : terms) {
      Integer j = index.get(t);
      if (j != null) tf.merge(j, 1, Integer::sum);
    }
    int[] idx = new int[tf.size()];
    float[] val = new float[tf.size()];
    double norm = 0;
    int m = 0;
    for (var e : tf.entrySet()) {
      idx[m] = e.getKey();
      val[m] = (float) ((1 + Math.log(e.getValue())) * idf[e.getKey()]);
      norm += val[m] * val[m];
      m++;
    }
    if (norm > 0) {
      float s = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < m; i++) val[i] *= s;
    }
    return new Vec(idx, val);
  }
}
