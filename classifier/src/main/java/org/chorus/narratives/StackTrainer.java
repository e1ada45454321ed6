package org.chorus.narratives;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.chorus.corpus.Post;
import org.chorus.eval.Fold;
import org.chorus.eval.GroupedKFold;
import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;
import smile.math.MathEx;

/**
 * Trains a stacked model (stacked generalisation): the configured linear model and one over
 * character 2-5-grams; for every training post, both models' probabilities come from models
 * trained on the other accounts only (five folds grouped by account), so the trees learn how
 * far to trust each model on accounts it has not seen, as it will be used; then Smile
 * gradient-boosted trees are fitted on those probabilities, the shape tokens that at least
 * {@link #MIN_SHAPE_POSTS} posts share and the length. The final base models are trained on
 * every post. Measured on state-trolls (docs/benchmarks.md): state-backed F1 0.887 → 0.900 on
 * the default split, 0.890 → 0.902 averaged over five splits.
 */
final class StackTrainer {
  static final int FOLDS = 5;
  private static final int TREES = 300;
  private static final int DEPTH = 4;
  private static final int NODE_SIZE = 5;
  private static final double SHRINKAGE = 0.05;
  private static final double SUBSAMPLE = 0.7;
  private static final int MIN_SHAPE_POSTS = 20;
  private static final int MAX_SHAPE_TOKENS = 150;

  private StackTrainer() {}

  static NarrativeModel train(List<Post> posts, TrainingOptions options) {
    Trainer.Labelled data = Trainer.Labelled.of(posts, false);
    List<Post> labelled = data.posts;
    int k = data.labels.size();
    List<TrainingOptions> bases = bases(options);
    List<Fold> folds = folds(labelled, options.seed());
    // probabilities[model][post][label], each from a model that never saw the post's account
    double[][][] outOfFold = new double[bases.size()][labelled.size()][];
    for (Fold f : folds) {
      List<Post> fit = NarrativeCv.select(labelled, f.train());
      List<Post> held = NarrativeCv.select(labelled, f.test());
      for (int m = 0; m < bases.size(); m++) {
        List<Prediction> p = firstStage(fit, bases.get(m)).predictBatch(held);
        for (int i = 0; i < held.size(); i++) {
          outOfFold[m][f.test()[i]] = inLabelOrder(p.get(i), data.labels);
        }
      }
    }
    List<String> shapeTokens = shapeTokens(labelled);
    Map<String, Integer> columns = Stack.columns(shapeTokens);
    double[][] x = new double[labelled.size()][];
    int[] y = new int[labelled.size()];
    for (int i = 0; i < x.length; i++) {
      List<double[]> p = new ArrayList<>(bases.size());
      for (double[][] model : outOfFold) p.add(model[i]);
      x[i] = Stack.inputs(p, labelled.get(i).text(), columns);
      y[i] = data.y[i][0];
    }
    String[] names = new String[x[0].length];
    for (int j = 0; j < names.length; j++) names[j] = "x" + j;
    MathEx.setSeed(options.seed()); // the trees' row sampling: same options, same model
    GradientTreeBoost gbm = GradientTreeBoost.fit(Formula.lhs("y"),
        DataFrame.of(x, names).merge(IntVector.of("y", y)),
        TREES, DEPTH, 1 << DEPTH, NODE_SIZE, SHRINKAGE, SUBSAMPLE);
    Trees trees = Trees.from(gbm, k, y, SHRINKAGE);

    NarrativeModel first = Trainer.train(posts, bases.get(0)); // all posts: its data summary
    List<Stack.Base> more = new ArrayList<>();
    for (TrainingOptions b : bases.subList(1, bases.size())) {
      NarrativeModel m = Trainer.train(labelled, b);
      more.add(new Stack.Base(b.features(), m.tfidf(), m.linear()));
    }
    Stack stack = new Stack(more, shapeTokens, trees);
    return first.withStack(stack);
  }

  private static NarrativeModel firstStage(List<Post> fit, TrainingOptions options) {
    try {
      return Trainer.train(fit, options);
    } catch (TrainingDataException e) {
      throw new TrainingDataException("a stacked model trains its first stage on the accounts "
          + "of " + (FOLDS - 1) + " folds out of " + FOLDS + ", and in one of them: "
          + e.getMessage() + " (a label whose posts come from very few accounts causes this)");
    }
  }

  /** The configured model first, then the same with character 2-5-grams in 2^22+ buckets. */
  static List<TrainingOptions> bases(TrainingOptions options) {
    TrainingOptions first = options.withStacked(false);
    FeatureSettings f = first.features();
    return List.of(first,
        first.withFeatures(f.withCharNgrams(2, 5).withHashBits(Math.max(22, f.hashBits()))));
  }

  private static List<Fold> folds(List<Post> posts, long seed) {
    List<String> groups = new ArrayList<>(posts.size());
    List<String> strata = new ArrayList<>(posts.size());
    for (Post p : posts) {
      groups.add(p.account().id());
      strata.add(p.labels().get(0));
    }
    if (new HashSet<>(groups).size() < FOLDS) {
      throw new TrainingDataException("a stacked model needs posts from at least " + FOLDS
          + " accounts (it trains its first stage on the others of each)");
    }
    return new GroupedKFold(FOLDS, seed).split(groups, strata);
  }

  private static double[] inLabelOrder(Prediction p, List<String> labels) {
    double[] out = new double[labels.size()];
    for (int c = 0; c < out.length; c++) out[c] = p.score(labels.get(c));
    return out;
  }

  private static List<String> shapeTokens(List<Post> posts) {
    Map<String, Integer> postsWith = new HashMap<>();
    for (Post p : posts) {
      List<String> t = new ArrayList<>(32);
      PostShape.tokens(p.text(), t);
      for (String s : new HashSet<>(t)) postsWith.merge(s, 1, Integer::sum);
    }
    return postsWith.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_SHAPE_POSTS)
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())))
        .limit(MAX_SHAPE_TOKENS).map(Map.Entry::getKey).toList();
  }
}
