package org.chorus.narratives;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Themes found by {@link ThemeFinder}: their top terms and representative texts, and the rule
 * that puts any other text in one (the nearest group centre by cosine, a theme being one group per language over the same TF-IDF
 * terms), so a sample's themes extend to a whole index in one streaming pass. Thread-safe.
 */
public final class ThemeModel {
  private final ThemeTerms terms;
  private final Map<String, Integer> index;
  private final float[] idf;
  private final List<SparseVector> centroids;
  private final int[] themeOf;
  private final int themes;
  private final List<List<String>> topTerms;
  private final List<List<Integer>> representatives;
  private final int[] fitted;

  /**
   * @param centroids unit-length centres of the clustered groups (one a language and theme)
   * @param themeOf each group's theme
   */
  ThemeModel(ThemeTerms terms, Map<String, Integer> index, float[] idf,
      List<SparseVector> centroids, int[] themeOf, List<List<String>> topTerms, List<List<Integer>> representatives, int[] fitted) {
    this.terms = terms;
    this.index = index;
    this.idf = idf;
    this.centroids = List.copyOf(centroids);
    this.themeOf = themeOf;
    this.themes = topTerms.size();
    this.topTerms = List.copyOf(topTerms);
    this.representatives = List.copyOf(representatives);
    this.fitted = fitted;
  }

  /** Number of themes, numbered 0.. by the number of fitted texts, largest first. */
  public int themes() {
    return themes;
  }

  /** The theme's top terms by class-based TF-IDF, heaviest first. */
  public List<String> topTerms(int theme) {
    return topTerms.get(theme);
  }

  /** Indices of the fitted texts nearest the theme's centre, nearest first. */
  public List<Integer> representatives(int theme) {
    return representatives.get(theme);
  }

  /** The theme the clustering gave fitted text i; -1 when it had no term. */
  public int fitted(int i) {
    return fitted[i];
  }

  /** The theme of any text; -1 when none of its terms is in the themes' vocabulary. */
  public int assign(String text) {
    SparseVector v = weigh(terms.of(text), index, idf);
    if (v.size() == 0 || centroids.isEmpty()) return -1;
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int g = 0; g < centroids.size(); g++) {
      double s = v.dot(centroids.get(g));
      if (s > bestScore) {
        bestScore = s;
        best = g;
      }
    }
    return themeOf[best];
  }

  /** Sublinear TF times IDF, scaled to unit length. */
  static SparseVector weigh(List<String> terms, Map<String, Integer> index, float[] idf) {
    TreeMap<Integer, Integer> tf = ThemeFinder.counts(terms, index);
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
