package org.chorus.narratives;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.chorus.corpus.Post;
import org.chorus.corpus.text.Scripts;
import smile.clustering.SIB;
import smile.util.SparseArray;

/**
 * Groups posts into themes with Smile's sequential information bottleneck ({@code SIB}), a
 * k-means-like clustering made for sparse word distributions, so no dense projection of the
 * vocabulary is needed. Unlike the classifier's hashed features, themes need readable terms:
 * here posts become counts over an explicit vocabulary of CoreNLP words and word bigrams seen in
 * at least {@code minDf} posts and at most half of them (very common words say nothing about a
 * theme), TF-IDF weighted and scaled to sum 1 as SIB expects.
 */
public final class ThemeFinder {
  private final int k;
  private final int topTerms;
  private final int examples;
  private final int maxIterations;
  private final int minDf;
  private final long seed;

  public ThemeFinder(int k, int topTerms, int examples, long seed) {
    if (k < 1) throw new IllegalArgumentException("k must be >= 1");
    this.k = k;
    this.topTerms = topTerms;
    this.examples = examples;
    this.maxIterations = 100;
    this.minDf = 2;
    this.seed = seed;
  }

  /** Themes of the posts, largest first; fewer than k when there are too few distinct posts. */
  public List<Theme> find(List<Post> posts) {
    Tokenizer tokenizer = new Tokenizer();
    List<List<String>> terms = new ArrayList<>(posts.size());
    for (int i = 0; i < posts.size(); i++) terms.add(null);
    IntStream.range(0, posts.size()).parallel()
        .forEach(i -> terms.set(i, termsOf(tokenizer.words(posts.get(i).text()))));
    Map<String, Integer> df = new HashMap<>();
    for (List<String> t : terms) {
      for (String s : new java.util.HashSet<>(t)) df.merge(s, 1, Integer::sum);
    }
    int n = posts.size();
    List<String> vocabulary = df.entrySet().stream()
        .filter(e -> e.getValue() >= Math.min(minDf, n) && e.getValue() <= Math.max(1, n / 2))
        .map(Map.Entry::getKey).sorted().toList();
    Map<String, Integer> index = new HashMap<>();
    for (String v : vocabulary) index.put(v, index.size());
    double[] idf = new double[vocabulary.size()];
    for (int j = 0; j < idf.length; j++) idf[j] = Math.log((1.0 + n) / (1 + df.get(vocabulary.get(j)))) + 1;

    List<Integer> usable = new ArrayList<>();
    List<SparseVector> vectors = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SparseVector v = weigh(terms.get(i), index, idf);
      if (v.size() > 0) {
        usable.add(i);
        vectors.add(v);
      }
    }
    int clusters = Math.min(k, vectors.size());
    if (clusters == 0) return List.of();
    int[] assignment = cluster(vectors, clusters, vocabulary.size());

    List<Theme> themes = new ArrayList<>();
    for (int c = 0; c < clusters; c++) {
      List<Integer> members = new ArrayList<>();
      for (int j = 0; j < assignment.length; j++) if (assignment[j] == c) members.add(j);
      if (members.isEmpty()) continue;
      themes.add(describe(c, members, usable, vectors, posts, vocabulary));
    }
    themes.sort(Comparator.comparingInt(Theme::size).reversed());
    List<Theme> numbered = new ArrayList<>();
    for (int i = 0; i < themes.size(); i++) {
      Theme t = themes.get(i);
      numbered.add(new Theme(i + 1, t.size(), t.topTerms(), t.representativeIds(),
          t.topAccounts(), t.postsPerDay()));
    }
    return numbered;
  }

  private int[] cluster(List<SparseVector> vectors, int clusters, int dimension) {
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
    return SIB.fit(data, clusters, maxIterations).y;
  }

  private Theme describe(int c, List<Integer> members, List<Integer> usable,
      List<SparseVector> vectors, List<Post> posts, List<String> vocabulary) {
    Map<Integer, Double> mean = new HashMap<>();
    for (int j : members) {
      SparseVector v = vectors.get(j);
      for (int t = 0; t < v.size(); t++) mean.merge(v.index[t], (double) v.value[t], Double::sum);
    }
    List<String> top = mean.entrySet().stream()
        .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(topTerms).map(e -> vocabulary.get(e.getKey())).toList();
    int[] index = mean.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    float[] value = new float[index.length];
    for (int t = 0; t < index.length; t++) value[t] = mean.get(index[t]).floatValue();
    SparseVector centroid = new SparseVector(index, value);
    List<String> representative = members.stream()
        .sorted(Comparator.comparingDouble((Integer j) -> -vectors.get(j).dot(centroid))
            .thenComparing(j -> j))
        .limit(examples).map(j -> posts.get(usable.get(j)).id()).toList();
    Map<String, Integer> accounts = new HashMap<>();
    Map<LocalDate, Integer> days = new HashMap<>();
    for (int j : members) {
      Post p = posts.get(usable.get(j));
      accounts.merge(p.account().id(), 1, Integer::sum);
      if (p.dated()) days.merge(LocalDate.ofInstant(p.time(), ZoneOffset.UTC), 1, Integer::sum);
    }
    Map<String, Integer> topAccounts = new LinkedHashMap<>();
    accounts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(5).forEach(e -> topAccounts.put(e.getKey(), e.getValue()));
    return new Theme(c, members.size(), top, representative, topAccounts, days);
  }

  /** Words and word bigrams, leaving out punctuation and links. */
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

  private static SparseVector weigh(List<String> terms, Map<String, Integer> index, double[] idf) {
    Map<Integer, Integer> tf = new java.util.TreeMap<>();
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
    return new SparseVector(idx, val);
  }
}
