package org.chorus.narratives;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.Format;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;
import org.chorus.eval.Fold;
import org.chorus.eval.GroupedKFold;
import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;

/**
 * Would a non-linear combiner lift state-trolls to the 0.90 goal? Stacked generalisation, with
 * every split grouped by account: for each outer fold, a word model and a character 2-5-gram
 * model (2^22 buckets) give out-of-fold scores on the training accounts through an inner
 * grouped 5-fold split; Smile gradient-boosted trees (300 trees, depth 4, shrinkage 0.05) learn
 * from those two logits, the post-shape tokens seen at least 20 times and the text length; the
 * outer test accounts are scored by models trained on all training accounts. Prints the
 * state-backed F1 of the word model alone, of the word and character models' average and of
 * the stack, for each outer seed. Run, after {@code mvn -DskipTests package} and
 * {@code mvn -pl classifier test-compile}:
 * {@code java -Xmx3g -cp cli/target/chorus.jar:classifier/target/test-classes
 * org.chorus.narratives.StackingExperiment ../shared/data 42 1}
 */
public final class StackingExperiment {
  private static final String STATE_BACKED = "1";

  private StackingExperiment() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0], "state-trolls", "china-russia-vs-verified.csv");
    if (!Files.exists(file)) {
      System.err.println("no " + file + "; nothing to do");
      return;
    }
    List<Post> posts = new ArrayList<>();
    try (PostReader r = Datasets.open(file, Format.AUTO, null, x -> { })) {
      for (Post p = r.next(); p != null; p = r.next()) if (!p.labels().isEmpty()) posts.add(p);
    }
    TrainingOptions word = TrainingOptions.defaults();
    TrainingOptions chars =
        word.withFeatures(word.features().withCharNgrams(2, 5).withHashBits(22));
    List<TrainingOptions> bases = List.of(word, chars);
    for (int a = 1; a < args.length; a++) {
      long seed = Long.parseLong(args[a]);
      int[][] counts = new int[3][3]; // [word, average, stack][tp, fp, fn]
      for (Fold f : split(posts, seed)) {
        List<Post> train = select(posts, f.train());
        List<Post> test = select(posts, f.test());
        double[][] trainScores = outOfFold(train, bases);
        double[][] testScores = new double[bases.size()][];
        for (int m = 0; m < bases.size(); m++) {
          testScores[m] = logits(Trainer.train(train, bases.get(m)), test);
        }
        Dense dense = Dense.fit(train);
        GradientTreeBoost trees = GradientTreeBoost.fit(Formula.lhs("y"),
            dense.frame(train, trainScores).merge(IntVector.of("y", truth(train))),
            300, 4, 16, 5, 0.05, 0.7);
        DataFrame testFrame = dense.frame(test, testScores);
        int[] y = truth(test);
        for (int i = 0; i < test.size(); i++) {
          boolean[] predicted = {testScores[0][i] >= 0, testScores[0][i] + testScores[1][i] >= 0,
              trees.predict(testFrame.get(i)) == 1};
          for (int k = 0; k < 3; k++) {
            if (predicted[k] && y[i] == 1) counts[k][0]++;
            else if (predicted[k]) counts[k][1]++;
            else if (y[i] == 1) counts[k][2]++;
          }
        }
      }
      String[] names = {"word model", "word + char average", "gradient-boosted stack"};
      for (int k = 0; k < 3; k++) {
        double p = counts[k][0] / (double) (counts[k][0] + counts[k][1]);
        double r = counts[k][0] / (double) (counts[k][0] + counts[k][2]);
        System.out.printf(Locale.ROOT, "seed %d  %-24s P %.3f R %.3f F1 %.4f%n", seed, names[k],
            p, r, 2 * p * r / (p + r));
      }
    }
  }

  private static List<Fold> split(List<Post> posts, long seed) {
    List<String> groups = new ArrayList<>(), strata = new ArrayList<>();
    for (Post p : posts) {
      groups.add(p.account().id());
      strata.add(p.labels().get(0));
    }
    return new GroupedKFold(5, seed).split(groups, strata);
  }

  /** Each base model's score of every training post, by a model that never saw its account. */
  private static double[][] outOfFold(List<Post> train, List<TrainingOptions> bases) {
    double[][] out = new double[bases.size()][train.size()];
    for (Fold f : split(train, 7)) {
      List<Post> fit = select(train, f.train());
      List<Post> held = select(train, f.test());
      for (int m = 0; m < bases.size(); m++) {
        double[] s = logits(Trainer.train(fit, bases.get(m)), held);
        for (int i = 0; i < s.length; i++) out[m][f.test()[i]] = s[i];
      }
    }
    return out;
  }

  private static double[] logits(NarrativeModel model, List<Post> posts) {
    List<Prediction> predictions = model.predictBatch(posts);
    double[] out = new double[posts.size()];
    for (int i = 0; i < out.length; i++) {
      double p = Math.min(1 - 1e-6, Math.max(1e-6, predictions.get(i).score(STATE_BACKED)));
      out[i] = Math.log(p / (1 - p));
    }
    return out;
  }

  private static int[] truth(List<Post> posts) {
    return posts.stream().mapToInt(p -> p.labels().get(0).equals(STATE_BACKED) ? 1 : 0).toArray();
  }

  private static List<Post> select(List<Post> posts, int[] items) {
    List<Post> out = new ArrayList<>(items.length);
    for (int i : items) out.add(posts.get(i));
    return out;
  }

  /** The base logits, indicators of the training data's common post-shape tokens, the length. */
  private record Dense(Map<String, Integer> shapeColumn) {
    static Dense fit(List<Post> train) {
      Map<String, Integer> df = new HashMap<>();
      for (Post p : train) for (String t : new HashSet<>(shape(p))) df.merge(t, 1, Integer::sum);
      Map<String, Integer> column = new HashMap<>();
      df.entrySet().stream().filter(e -> e.getValue() >= 20)
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
              .thenComparing(Map.Entry.comparingByKey()))
          .limit(150).forEach(e -> column.put(e.getKey(), column.size()));
      return new Dense(column);
    }

    DataFrame frame(List<Post> posts, double[][] logits) {
      int b = logits.length;
      int d = b + shapeColumn.size() + 1;
      double[][] x = new double[posts.size()][d];
      for (int i = 0; i < posts.size(); i++) {
        for (int m = 0; m < b; m++) x[i][m] = logits[m][i];
        for (String t : shape(posts.get(i))) {
          Integer c = shapeColumn.get(t);
          if (c != null) x[i][b + c] = 1;
        }
        x[i][d - 1] = posts.get(i).text().length();
      }
      String[] names = new String[d];
      for (int j = 0; j < d; j++) names[j] = "x" + j;
      return DataFrame.of(x, names);
    }

    private static List<String> shape(Post p) {
      List<String> out = new ArrayList<>();
      PostShape.tokens(p.text(), out);
      return out;
    }
  }
}
