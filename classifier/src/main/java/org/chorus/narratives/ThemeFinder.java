package org.chorus.narratives;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 *
 * <p>Languages share almost no words, so one clustering of a mixed corpus splits it by
 * language first. When languages are given, each language with enough texts is clustered on
 * its own into k groups, and each group is then matched one to one with a group of the largest
 * language by what languages do share: hashtags, emoji, names in Latin script, numbers
 * ({@link Bridges}), weighted by class-based TF-IDF so the corpus-wide ones (#HongKong) count
 * little. A theme is then one group per language.
 */
public final class ThemeFinder {
  private static final int MAX_ITERATIONS = 100;
  private static final int MIN_DF = 2;
  /** A language needs this share of the texts to be clustered on its own. */
  private static final double MIN_LANGUAGE_SHARE = 0.05;

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

  /** Themes of the texts, all clustered together. */
  public ThemeModel fit(List<String> texts) {
    return fit(texts, null);
  }

  /**
   * Themes of the texts; fewer than k when too few texts have terms.
   *
   * @param languages each text's language (null entries allowed), or null to cluster all
   *     together
   */
  public ThemeModel fit(List<String> texts, List<String> languages) {
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
    int[] fitted = new int[n];
    Arrays.fill(fitted, -1);
    if (vectors.isEmpty()) {
      return new ThemeModel(termsOf, index, idf, List.of(), new int[0], List.of(), List.of(),
          fitted);
    }

    // Groups: one per language with enough texts, the rest with the largest language.
    List<int[]> groups = languageGroups(usable, languages);
    int[] group = new int[vectors.size()];
    int[] local = new int[vectors.size()];
    int[] clustersOf = new int[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      int[] members = groups.get(g);
      List<SparseVector> part = new ArrayList<>(members.length);
      for (int j : members) part.add(vectors.get(j));
      clustersOf[g] = Math.min(k, part.size());
      int[] y = cluster(part, clustersOf[g]);
      for (int m = 0; m < members.length; m++) {
        group[members[m]] = g;
        local[members[m]] = y[m];
      }
    }
    int[] subOffset = new int[groups.size() + 1];
    for (int g = 0; g < groups.size(); g++) subOffset[g + 1] = subOffset[g] + clustersOf[g];
    int subs = subOffset[groups.size()];
    int[] sub = new int[vectors.size()];
    for (int j = 0; j < sub.length; j++) sub[j] = subOffset[group[j]] + local[j];
    int[] themeOfSub = groups.size() == 1 ? IntStream.range(0, subs).toArray()
        : align(texts, usable, sub, subs, subOffset);

    // Themes numbered by size, largest first; empty ones dropped.
    int raw = Arrays.stream(themeOfSub).max().orElse(-1) + 1;
    int[] sizes = new int[raw];
    for (int s : sub) sizes[themeOfSub[s]]++;
    Integer[] order = IntStream.range(0, raw).boxed()
        .sorted((a, b) -> sizes[b] != sizes[a] ? sizes[b] - sizes[a] : a - b)
        .toArray(Integer[]::new);
    int[] rank = new int[raw];
    int themes = 0;
    for (int c : order) rank[c] = sizes[c] > 0 ? themes++ : -1;
    int[] subTheme = new int[subs];
    for (int s = 0; s < subs; s++) subTheme[s] = rank[themeOfSub[s]];

    List<Map<Integer, Float>> sums = new ArrayList<>();
    for (int s = 0; s < subs; s++) sums.add(new HashMap<>());
    ClassTfIdf ctfidf = new ClassTfIdf(themes);
    List<List<Integer>> members = new ArrayList<>();
    for (int t = 0; t < themes; t++) members.add(new ArrayList<>());
    for (int j = 0; j < sub.length; j++) {
      int t = subTheme[sub[j]];
      int i = usable.get(j);
      fitted[i] = t;
      members.get(t).add(j);
      SparseVector v = vectors.get(j);
      for (int x = 0; x < v.size(); x++) sums.get(sub[j]).merge(v.index[x], v.value[x], Float::sum);
      List<String> known = new ArrayList<>();
      for (String s : terms.get(i)) if (index.containsKey(s)) known.add(s);
      ctfidf.add(t, known);
    }
    List<SparseVector> centroids = new ArrayList<>();
    for (Map<Integer, Float> m : sums) centroids.add(unit(new TreeMap<>(m)));
    List<List<String>> top = new ArrayList<>();
    List<List<Integer>> representatives = new ArrayList<>();
    for (int t = 0; t < themes; t++) {
      top.add(ctfidf.top(t, topTerms));
      representatives.add(members.get(t).stream()
          .sorted((a, b) -> {
            int c = Double.compare(vectors.get(b).dot(centroids.get(sub[b])),
                vectors.get(a).dot(centroids.get(sub[a])));
            return c != 0 ? c : Integer.compare(a, b);
          })
          .limit(examples).map(usable::get).toList());
    }
    return new ThemeModel(termsOf, index, idf, centroids, subTheme, top, representatives,
        fitted);
  }

  /** Positions (into the usable texts) per language group, the largest group first. */
  private static List<int[]> languageGroups(List<Integer> usable, List<String> languages) {
    int n = usable.size();
    if (languages == null) return List.of(IntStream.range(0, n).toArray());
    Map<String, List<Integer>> by = new LinkedHashMap<>();
    for (int j = 0; j < n; j++) {
      String lang = languages.get(usable.get(j));
      by.computeIfAbsent(lang == null ? "und" : lang, x -> new ArrayList<>()).add(j);
    }
    List<List<Integer>> big = new ArrayList<>();
    List<Integer> rest = new ArrayList<>();
    for (List<Integer> l : by.values()) {
      if (l.size() >= Math.max(20, MIN_LANGUAGE_SHARE * n)) big.add(l);
      else rest.addAll(l);
    }
    big.sort((a, b) -> b.size() - a.size());
    if (big.isEmpty()) return List.of(IntStream.range(0, n).toArray());
    big.get(0).addAll(rest);
    List<int[]> out = new ArrayList<>();
    for (List<Integer> l : big) out.add(l.stream().mapToInt(Integer::intValue).sorted().toArray());
    return out;
  }

  /**
   * Matches each language's groups one to one with the themes so far (the largest language's
   * groups to start with), most similar pairs first, by the class-based TF-IDF of their shared
   * features. A group left over (more groups than themes) joins its most similar theme.
   */
  private static int[] align(List<String> texts, List<Integer> usable, int[] sub, int subs,
      int[] subOffset) {
    ClassTfIdf bridges = new ClassTfIdf(subs);
    for (int j = 0; j < sub.length; j++) bridges.add(sub[j], Bridges.of(texts.get(usable.get(j))));
    List<Map<String, Double>> profile = new ArrayList<>();
    for (int s = 0; s < subs; s++) profile.add(bridges.weights(s));
    int[] themeOf = new int[subs];
    int themes = subOffset[1];
    List<Map<String, Double>> themeProfile = new ArrayList<>();
    for (int s = 0; s < themes; s++) {
      themeOf[s] = s;
      themeProfile.add(new HashMap<>(profile.get(s)));
    }
    for (int g = 1; g + 1 < subOffset.length; g++) {
      int from = subOffset[g];
      int to = subOffset[g + 1];
      List<double[]> pairs = new ArrayList<>();
      for (int s = from; s < to; s++) {
        for (int t = 0; t < themes; t++) {
          pairs.add(new double[] {cosine(profile.get(s), themeProfile.get(t)), s, t});
        }
      }
      pairs.sort((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0])
          : a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[2], b[2]));
      boolean[] taken = new boolean[themes];
      boolean[] placed = new boolean[to - from];
      for (double[] p : pairs) {
        int s = (int) p[1];
        int t = (int) p[2];
        if (placed[s - from] || taken[t]) continue;
        themeOf[s] = t;
        placed[s - from] = true;
        taken[t] = true;
      }
      for (double[] p : pairs) {
        int s = (int) p[1];
        if (!placed[s - from]) {
          themeOf[s] = (int) p[2];
          placed[s - from] = true;
        }
      }
      for (int s = from; s < to; s++) {
        Map<String, Double> into = themeProfile.get(themeOf[s]);
        profile.get(s).forEach((key, w) -> into.merge(key, w, Double::sum));
      }
    }
    return themeOf;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    for (var e : a.entrySet()) {
      Double w = b.get(e.getKey());
      if (w != null) dot += e.getValue() * w;
    }
    if (dot == 0) return 0;
    return dot / (norm(a) * norm(b));
  }

  private static double norm(Map<String, Double> a) {
    double s = 0;
    for (double w : a.values()) s += w * w;
    return Math.sqrt(s);
  }

  private static SparseVector unit(TreeMap<Integer, Float> m) {
    int[] idx = new int[m.size()];
    float[] val = new float[m.size()];
    double norm = 0;
    int x = 0;
    for (var e : m.entrySet()) {
      idx[x] = e.getKey();
      val[x] = e.getValue();
      norm += val[x] * val[x];
      x++;
    }
    if (norm > 0) for (int i = 0; i < x; i++) val[i] /= (float) Math.sqrt(norm);
    return new SparseVector(idx, val);
  }

  private int[] cluster(List<SparseVector> vectors, int clusters) {
    if (clusters <= 1) return new int[vectors.size()];
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
