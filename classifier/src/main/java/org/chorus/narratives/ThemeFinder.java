package org.chorus.narratives;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import smile.clustering.SIB;
import smile.util.SparseArray;

/**
 * Groups texts into themes with Smile's sequential information bottleneck ({@code SIB}), a
 * k-means-like clustering made for sparse word distributions. Texts become counts over the
 * readable {@link ThemeTerms} (stop words of every language out, Chinese as bigrams) seen in at
 * least two texts and at most half of them, TF-IDF weighted. Give each distinct text once (a
 * campaign's copies as one): otherwise one campaign's hundred copies pull a centre to
 * themselves. Top terms are ranked by {@link ClassTfIdf}, so they tell a theme from the others.
 */
public final class ThemeFinder {
  private static final int MAX_ITERATIONS = 100;
  private static final int MIN_DF = 2;

  private final int k;
  private final int topTerms;
  private final int examples;
  private final long seed;

  public ThemeFinder(int k, int topTerms, int examples, long seed) {
    if (k < 1) throw new IllegalArgumentException("k must be >= 1");
    this.k = k;
    this.topTerms = topTerms;
    this.examples = examples;
    this.seed = seed;
  }

  /** Themes of the texts; fewer than k when too few texts have terms. */
  public ThemeModel fit(List<String> texts) {
    ThemeTerms termsOf = new ThemeTerms(StopWords.all());
    List<List<String>> terms = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) terms.add(null);
    IntStream.range(0, texts.size()).parallel()
        .forEach(i -> terms.set(i, termsOf.of(texts.get(i))));
    Map<String, Integer> df = new HashMap<>();
    for (List<String> t : terms) for (String s : new HashSet<>(t)) df.merge(s, 1, Integer::sum);
    int n = texts.size();
    List<String> vocabulary = df.entrySet().stream()
        .filter(e -> e.getValue() >= Math.min(MIN_DF, n) && e.getValue() <= Math.max(1, n / 2))
        .map(Map.Entry::getKey).sorted().toList();
    Map<String, Integer> index = new HashMap<>();
    for (String v : vocabulary) index.put(v, index.size());
    float[] idf = new float[vocabulary.size()];
    for (int j = 0; j < idf.length; j++) {
      idf[j] = (float) (Math.log((1.0 + n) / (1 + df.get(vocabulary.get(j)))) + 1);
    }
    List<Integer> usable = new ArrayList<>();
    List<SparseVector> vectors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SparseVector v = ThemeModel.weigh(terms.get(i), index, idf);
      if (v.size() > 0) {
        usable.add(i);
        vectors.add(v);
      }
    }
    int clusters = Math.min(k, vectors.size());
    int[] fitted = new int[n];
    java.util.Arrays.fill(fitted, -1);
    if (clusters == 0) {
      return new ThemeModel(termsOf, index, idf, new float[0][], List.of(), List.of(), fitted);
    }
    int[] raw = cluster(vectors, clusters);
    // Themes numbered by size, largest first; empty clusters dropped.
    int[] sizes = new int[clusters];
    for (int c : raw) sizes[c]++;
    Integer[] order = IntStream.range(0, clusters).boxed()
        .sorted((a, b) -> sizes[b] != sizes[a] ? sizes[b] - sizes[a] : a - b)
        .toArray(Integer[]::new);
    int[] rank = new int[clusters];
    int themes = 0;
    for (int c : order) rank[c] = sizes[c] > 0 ? themes++ : -1;
    float[][] centroids = new float[themes][vocabulary.size()];
    ClassTfIdf ctfidf = new ClassTfIdf(themes);
    List<List<Integer>> members = new ArrayList<>();
    for (int t = 0; t < themes; t++) members.add(new ArrayList<>());
    for (int j = 0; j < raw.length; j++) {
      int t = rank[raw[j]];
      int i = usable.get(j);
      fitted[i] = t;
      members.get(t).add(j);
      SparseVector v = vectors.get(j);
      for (int x = 0; x < v.size(); x++) centroids[t][v.index[x]] += v.value[x];
      List<String> known = new ArrayList<>();
      for (String s : terms.get(i)) if (index.containsKey(s)) known.add(s);
      ctfidf.add(t, known);
    }
    List<List<String>> top = new ArrayList<>();
    List<List<Integer>> representatives = new ArrayList<>();
    for (int t = 0; t < themes; t++) {
      top.add(ctfidf.top(t, topTerms));
      float[] centre = centroids[t];
      representatives.add(members.get(t).stream()
          .sorted((a, b) -> {
            int c = Double.compare(dot(vectors.get(b), centre), dot(vectors.get(a), centre));
            return c != 0 ? c : Integer.compare(a, b);
          })
          .limit(examples).map(usable::get).toList());
    }
    return new ThemeModel(termsOf, index, idf, centroids, top, representatives, fitted);
  }

  static double dot(SparseVector v, float[] dense) {
    double s = 0;
    for (int x = 0; x < v.size(); x++) s += v.value[x] * dense[v.index[x]];
    return s;
  }

  private int[] cluster(List<SparseVector> vectors, int clusters) {
    if (clusters == 1) return new int[vectors.size()];
    SparseArray[] data = new SparseArray[vectors.size()];
    for (int i = 0; i < data.length; i++) {
      SparseVector v = vectors.get(i);
      double sum = 0;
      for (float x : v.value) sum += x;
      SparseArray a = new SparseArray(v.size());
      for (int j = 0; j < v.size(); j++) a.append(v.index[j], v.value[j] / sum);
      data[i] = a;
    }
    // SIB seeds with k-means++ from smile's global random generator: seed it for repeatability.
    smile.math.MathEx.setSeed(seed);
    return SIB.fit(data, clusters, MAX_ITERATIONS).y;
  }

  static TreeMap<Integer, Integer> counts(List<String> terms, Map<String, Integer> index) {
    TreeMap<Integer, Integer> tf = new TreeMap<>();
    for (String t : terms) {
      Integer j = index.get(t);
      if (j != null) tf.merge(j, 1, Integer::sum);
    }
    return tf;
  }
}
