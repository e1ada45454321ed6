package org.chorus.narratives;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.chorus.corpus.Post;
import smile.classification.PlattScaling;

/**
 * Trains a {@link NarrativeModel} from labelled posts ({@link Post#labels()}). Labels are
 * sorted by name, so the model does not depend on which label the data happened to show first.
 */
public final class Trainer {
  /** Share of accounts held out to fit multi-label calibration and thresholds. */
  private static final int HOLDOUT_ONE_IN = 5;
  /**
   * Fewer held-out decisions than this calibrate on every decision, cross-fitted over the
   * account folds (five models more, all small at that size).
   */
  static final int CROSS_FIT_BELOW = 100;

  private Trainer() {}

  public static NarrativeModel train(List<Post> posts, TrainingOptions options) {
    if (options.stacked()) return StackTrainer.train(posts, options);
    return train(Labelled.of(posts, options.multiLabel()), options);
  }

  /**
   * Trains on decisions that may weigh differently and may say "none applies" (an empty label
   * set: a negative for every label, which needs {@code options.multiLabel()}). Multi-label
   * training needs one label and at least one post without it; multi-class, two labels and
   * one label per decision. Not stacked.
   *
   * @throws TrainingDataException when the decisions cannot train such a model
   */
  public static NarrativeModel train(List<Example> examples, TrainingOptions options,
      boolean weighted) {
    if (options.stacked()) {
      throw new TrainingDataException("a stacked model trains on plain labelled posts only");
    }
    return train(Labelled.ofExamples(examples, options.multiLabel(), weighted), options);
  }

  private static NarrativeModel train(Labelled data, TrainingOptions options) {
    FeatureSettings fs = options.features();
    Featurizer featurizer = new Featurizer(fs);
    SparseVector[] counts = new SparseVector[data.posts.size()];
    IntStream.range(0, counts.length).parallel()
        .forEach(i -> counts[i] = featurizer.counts(data.posts.get(i)));
    TfIdf tfidf = TfIdf.fit(List.of(counts), fs.dimension(), fs.sublinearTf());
    if (fs.classWeighting() > 0) {
      tfidf = ClassWeighting.apply(tfidf, counts, data.y, data.labels.size(),
          fs.classWeighting());
    }
    List<SparseVector> x = new ArrayList<>(counts.length);
    for (int i = 0; i < counts.length; i++) {
      x.add(tfidf.apply(counts[i]));
      counts[i] = null;
    }
    int k = data.labels.size();
    Calibration calibration = options.multiLabel()
        ? calibrate(x, data, options)
        : Calibration.multiClass(options.minScore());
    LinearModel linear = options.learner().fit(x, data.y, data.w, data.scopes, k,
        fs.dimension(), options.multiLabel(), options);
    Instant created = options.created() != null
        ? options.created()
        : Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ModelInfo info = new ModelInfo(ModelInfo.FORMAT, ModelInfo.PLAIN_VERSION, data.labels,
        options.multiLabel(), options.learner().name().toLowerCase(java.util.Locale.ROOT), fs,
        calibration, data.summary, fingerprint(data.posts), Map.of(), created.toString(), null);
    return new NarrativeModel(info, tfidf, linear);
  }

  /**
   * Fits Platt scaling (Smile {@code PlattScaling}) and an F1-maximising threshold per label on
   * one account in five, with a model trained on the other four; when that fifth would hold
   * fewer than {@link #CROSS_FIT_BELOW} full-weight decisions, on every full-weight decision,
   * each scored by the model of the other four fifths (a few labels and many seed guesses:
   * a 0.5 threshold on plain sigmoid scores missed most posts in the annotate bench). Too little
   * data even for that leaves plain sigmoid scores and a 0.5 threshold.
   */
  private static Calibration calibrate(List<SparseVector> x, Labelled data, TrainingOptions o) {
    int k = data.labels.size();
    List<Integer> fit = new ArrayList<>();
    List<Integer> held = new ArrayList<>();
    // Weak decisions are guesses: they train, but set no threshold while full-weight ones can.
    boolean strongOnly = false;
    if (data.w != null) {
      for (double w : data.w) strongOnly |= w == 1;
    }
    for (int i = 0; i < x.size(); i++) {
      boolean hold = fold(data, i) == 0;
      if (hold && strongOnly && data.w[i] < 1) continue;
      (hold ? held : fit).add(i);
    }
    List<Double> a = new ArrayList<>(), b = new ArrayList<>(), t = new ArrayList<>();
    int strong = 0;
    for (int i = 0; i < x.size(); i++) if (!strongOnly || data.w[i] == 1) strong++;
    boolean crossFit = held.size() < CROSS_FIT_BELOW && strong >= 20 && x.size() >= 40;
    if (!crossFit && (held.size() < 20 || fit.size() < 20)) {
      for (int c = 0; c < k; c++) {
        a.add(-1.0);
        b.add(0.0);
        t.add(0.5);
      }
      return new Calibration(0, a, b, t);
    }
    double[][] margins;
    if (crossFit) {
      // Few held-out decisions: thresholds from one fifth of them would be guesses. Every
      // strong decision is scored instead, each by a model fitted on the other folds.
      List<Integer> scored = new ArrayList<>();
      List<double[]> z = new ArrayList<>();
      for (int f = 0; f < HOLDOUT_ONE_IN; f++) {
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
          if (fold(data, i) != f) train.add(i);
          else if (!strongOnly || data.w[i] == 1) test.add(i);
        }
        if (train.size() < 20 || test.isEmpty()) continue;
        LinearModel m = fit(x, data, train, o);
        for (int i : test) {
          double[] zi = new double[k];
          m.margins(x.get(i), zi);
          scored.add(i);
          z.add(zi);
        }
      }
      held = scored;
      margins = new double[k][held.size()];
      for (int j = 0; j < held.size(); j++) {
        for (int c = 0; c < k; c++) margins[c][j] = z.get(j)[c];
      }
    } else {
      margins = new double[k][held.size()];
      LinearModel m = fit(x, data, fit, o);
      double[] z = new double[k];
      for (int j = 0; j < held.size(); j++) {
        m.margins(x.get(held.get(j)), z);
        for (int c = 0; c < k; c++) margins[c][j] = z[c];
      }
    }
    for (int c = 0; c < k; c++) {
      List<Integer> in = new ArrayList<>();
      for (int j = 0; j < held.size(); j++) {
        int[] scope = data.scopes == null ? null : data.scopes[held.get(j)];
        if (scope == null || Labelled.has(scope, c)) in.add(j);
      }
      int[] yc = new int[in.size()];
      double[] mc = new double[in.size()];
      int positives = 0;
      for (int j = 0; j < yc.length; j++) {
        yc[j] = Labelled.has(data.y[held.get(in.get(j))], c) ? 1 : 0;
        mc[j] = margins[c][in.get(j)];
        positives += yc[j];
      }
      if (positives == 0 || positives == yc.length) {
        a.add(-1.0);
        b.add(0.0);
        t.add(0.5);
        continue;
      }
      PlattScaling platt = PlattScaling.fit(mc, yc);
      // Smile keeps A and B private; read them back from two points of the logistic curve.
      double b0 = logit(platt.scale(0));
      double a0 = logit(platt.scale(1)) - b0;
      a.add(a0);
      b.add(b0);
      double[] p = new double[yc.length];
      for (int j = 0; j < p.length; j++) p[j] = 1 / (1 + Math.exp(a0 * mc[j] + b0));
      t.add(Thresholds.bestF1(p, yc));
    }
    return new Calibration(0, a, b, t);
  }

  /** Which of the {@link #HOLDOUT_ONE_IN} account folds post {@code i} falls in. */
  private static int fold(Labelled data, int i) {
    String account = data.posts.get(i).account().id();
    return Math.floorMod(Murmur3.hash(account, 0, account.length(), 17), HOLDOUT_ONE_IN);
  }

  private static LinearModel fit(List<SparseVector> x, Labelled data, List<Integer> rows,
      TrainingOptions o) {
    int k = data.labels.size();
    List<SparseVector> fx = new ArrayList<>(rows.size());
    int[][] fy = new int[rows.size()][];
    double[] fw = data.w == null ? null : new double[rows.size()];
    int[][] fs = data.scopes == null ? null : new int[rows.size()][];
    for (int j = 0; j < rows.size(); j++) {
      fx.add(x.get(rows.get(j)));
      fy[j] = data.y[rows.get(j)];
      if (fw != null) fw[j] = data.w[rows.get(j)];
      if (fs != null) fs[j] = data.scopes[rows.get(j)];
    }
    return o.learner().fit(fx, fy, fw, fs, k, o.features().dimension(), true, o);
  }

  /** Inverse of Platt's {@code 1 / (1 + exp(s))}: returns s. */
  private static double logit(double p) {
    return Math.log(1 / p - 1);
  }

  static String fingerprint(List<Post> posts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Post p : posts) {
        sha.update(p.id().getBytes(StandardCharsets.UTF_8));
        for (String l : p.labels()) {
          sha.update((byte) '\t');
          sha.update(l.getBytes(StandardCharsets.UTF_8));
        }
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The posts that carry labels, with label indices. */
  static final class Labelled {
    final List<Post> posts;
    final List<String> labels;
    final int[][] y;
    /** Per post, or null when every post counts 1. */
    final double[] w;
    /** Per post, sorted label indices it speaks for (null: all); null when all speak for all. */
    final int[][] scopes;
    final DataSummary summary;

    private Labelled(List<Post> posts, List<String> labels, int[][] y, double[] w,
        int[][] scopes, DataSummary summary) {
      this.posts = posts;
      this.labels = labels;
      this.y = y;
      this.w = w;
      this.scopes = scopes;
      this.summary = summary;
    }

    static Labelled ofExamples(List<Example> examples, boolean multiLabel, boolean weighted) {
      if (examples.isEmpty()) throw new TrainingDataException("no posts to train on");
      Map<String, Long> counts = new TreeMap<>();
      long none = 0;
      for (Example e : examples) {
        if (e.labels().isEmpty()) none++;
        if (!multiLabel && e.labels().size() != 1) {
          throw new TrainingDataException("post " + e.post().id() + " has " + e.labels().size()
              + " labels: one label per post unless multi-label");
        }
        for (String l : new TreeSet<>(e.labels())) counts.merge(l, 1L, Long::sum);
      }
      if (counts.isEmpty()) {
        throw new TrainingDataException("no label applies to any of the " + examples.size()
            + " posts: nothing to learn");
      }
      if (!multiLabel && counts.size() < 2) {
        throw new TrainingDataException("only one label (" + counts.keySet().iterator().next()
            + "): a multi-class model needs at least two");
      }
      if (multiLabel && counts.size() == 1 && none == 0) {
        throw new TrainingDataException("every post has the label "
            + counts.keySet().iterator().next() + ": a model needs posts without it too");
      }
      List<String> labels = List.copyOf(counts.keySet());
      Map<String, Integer> index = new LinkedHashMap<>();
      for (String l : labels) index.put(l, index.size());
      List<Post> posts = new ArrayList<>(examples.size());
      int[][] y = new int[examples.size()][];
      double[] w = weighted ? new double[examples.size()] : null;
      boolean partial = multiLabel && examples.stream().anyMatch(e -> e.scope() != null);
      int[][] scopes = partial ? new int[examples.size()][] : null;
      for (int i = 0; i < y.length; i++) {
        Example e = examples.get(i);
        if (partial && e.scope() != null) {
          scopes[i] = new TreeSet<>(e.scope()).stream().filter(index::containsKey)
              .mapToInt(index::get).toArray();
        }
        // The decision replaces whatever labels the post came with, also in the fingerprint.
        posts.add(e.post().toBuilder().labels(e.labels()).build());
        y[i] = new TreeSet<>(e.labels()).stream().mapToInt(index::get).toArray();
        if (w != null) w[i] = e.weight();
      }
      List<String> singletons = new ArrayList<>();
      counts.forEach((l, n) -> { if (n == 1) singletons.add(l); });
      return new Labelled(posts, labels, y, w, scopes,
          new DataSummary(posts.size(), 0, 0, counts, singletons));
    }

    static Labelled of(List<Post> all, boolean multiLabel) {
      List<Post> posts = new ArrayList<>(all.size());
      long unlabelled = 0, extra = 0;
      Map<String, Long> counts = new TreeMap<>();
      for (Post p : all) {
        if (p.labels().isEmpty()) {
          unlabelled++;
          continue;
        }
        posts.add(p);
        List<String> used = multiLabel ? p.labels() : p.labels().subList(0, 1);
        if (!multiLabel && p.labels().size() > 1) extra++;
        for (String l : new TreeSet<>(used)) counts.merge(l, 1L, Long::sum);
      }
      if (posts.isEmpty()) {
        throw new TrainingDataException(all.isEmpty()
            ? "no posts to train on"
            : "no labelled posts to train on (" + unlabelled + " posts without a label)");
      }
      if (counts.size() < 2) {
        throw new TrainingDataException("only one label (" + counts.keySet().iterator().next()
            + ") in " + posts.size() + " labelled posts: a classifier needs at least two");
      }
      List<String> labels = List.copyOf(counts.keySet());
      Map<String, Integer> index = new LinkedHashMap<>();
      for (String l : labels) index.put(l, index.size());
      int[][] y = new int[posts.size()][];
      for (int i = 0; i < y.length; i++) {
        List<String> ls = posts.get(i).labels();
        y[i] = multiLabel
            ? new TreeSet<>(ls).stream().mapToInt(index::get).toArray()
            : new int[] {index.get(ls.get(0))};
      }
      List<String> singletons = new ArrayList<>();
      counts.forEach((l, n) -> { if (n == 1) singletons.add(l); });
      return new Labelled(posts, labels, y, null, null,
          new DataSummary(posts.size(), unlabelled, extra, counts, singletons));
    }

    static boolean has(int[] labels, int c) {
      for (int l : labels) if (l == c) return true;
      return false;
    }
  }
}
