package org.chorus.narratives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.chorus.corpus.Post;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.vector.IntVector;

class StackTest {
  private static final TrainingOptions STACKED = TrainingOptions.defaults()
      .withFeatures(FeatureSettings.defaults().withHashBits(12))
      .withCreated(Instant.parse("2019-09-01T00:00:00Z"))
      .withStacked(true);
  private static List<Post> posts;
  private static NarrativeModel model;

  @TempDir Path dir;

  @BeforeAll
  static void train() {
    posts = Fixtures.posts(600, 3);
    model = Trainer.train(posts, STACKED);
  }

  private static final double SHRINKAGE = 0.1;

  @Test
  void copiedTreesGiveSmilesProbabilitiesForTwoAndThreeLabels() {
    for (int labels : new int[] {2, 3}) {
      Random r = new Random(labels);
      int n = 400;
      double[][] x = new double[n][4];
      int[] y = new int[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < 4; j++) x[i][j] = r.nextGaussian();
        y[i] = Math.floorMod((int) Math.floor(x[i][0] * 2 + x[i][1] * x[i][2]), labels);
      }
      DataFrame frame = DataFrame.of(x, "a", "b", "c", "d");
      GradientTreeBoost gbm = GradientTreeBoost.fit(Formula.lhs("y"),
          frame.merge(IntVector.of("y", y)), 40, 4, 16, 5, SHRINKAGE, 0.8);
      Trees trees = Trees.from(gbm, labels, y, SHRINKAGE);
      for (int i = 0; i < n; i++) {
        double[] expected = new double[labels];
        gbm.predict(frame.get(i), expected);
        assertArrayEquals(expected, trees.probabilities(x[i]), 1e-12, "row " + i);
      }
    }
  }

  @Test
  void treesWithAChildBeforeItsParentAreRefused() {
    // Node 0 splits to node 0 itself: a walk would never end.
    assertThrows(IllegalArgumentException.class, () -> new Trees(2, 0, new int[] {0},
        new int[] {0}, new int[] {0, -1}, new double[] {0, 0}, new int[] {0, 0},
        new int[] {1, 0}, new double[] {0, 1}));
  }

  @Test
  void treesSharingANodeOrListingAShapeTokenTwiceAreRefused() {
    // Two trees with one root: each prediction could otherwise walk a node many times.
    assertThrows(IllegalArgumentException.class, () -> new Trees(2, 0, new int[] {0, 0},
        new int[] {0, 0}, new int[] {-1}, new double[] {0}, new int[] {0}, new int[] {0},
        new double[] {1}));
    Trees one = new Trees(2, 0, new int[] {0}, new int[] {0}, new int[] {-1}, new double[] {0},
        new int[] {0}, new int[] {0}, new double[] {1});
    assertThrows(IllegalArgumentException.class,
        () -> new Stack(List.of(), List.of("len:3", "len:3"), one));
  }

  @Test
  void stackedModelLearnsAndKeepsItsSecondStage() {
    assertNotNull(model.stack());
    assertEquals(1, model.stack().bases().size());
    assertEquals(22, model.stack().bases().get(0).settings().hashBits());
    assertTrue(model.stack().bases().get(0).settings().charNgramMin() > 0);
    int right = 0;
    for (Post p : posts) if (model.predict(p).labels().equals(p.labels())) right++;
    assertTrue(right > 0.9 * posts.size(), "training accuracy " + right + "/" + posts.size());
  }

  @Test
  void roundTripGivesBitIdenticalPredictionsAndTheSameBytesAgain() throws IOException {
    Path file = dir.resolve("s.model");
    ModelFile.write(model, file);
    String header = Files.readAllLines(file, StandardCharsets.ISO_8859_1).get(0);
    assertTrue(header.startsWith("{\"format\":\"chorus-model\",\"formatVersion\":3,"), header);
    assertTrue(header.contains("\"stack\":{\"bases\":["), header);
    NarrativeModel back = ModelFile.read(file);
    assertEquals(model.info(), back.info());
    for (Post p : posts.subList(0, 60)) {
      Prediction a = model.predict(p), b = back.predict(p);
      assertEquals(a.labels(), b.labels());
      for (String l : model.labels()) {
        assertEquals(Double.doubleToRawLongBits(a.score(l)),
            Double.doubleToRawLongBits(b.score(l)));
      }
    }
    Path again = dir.resolve("again.model");
    ModelFile.write(Trainer.train(posts, STACKED), again);
    assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again), "reproducible");
  }

  @Test
  void plainModelsStayFormatVersionTwo() throws IOException {
    Path file = dir.resolve("p.model");
    ModelFile.write(Trainer.train(posts, STACKED.withStacked(false)), file);
    String header = Files.readAllLines(file, StandardCharsets.ISO_8859_1).get(0);
    assertTrue(header.startsWith("{\"format\":\"chorus-model\",\"formatVersion\":2,"), header);
    assertTrue(!header.contains("\"stack\""), header);
  }

  @Test
  void multiLabelOrTooFewAccountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> STACKED.withMultiLabel(true));
    List<Post> fourAccounts = posts.stream()
        .filter(p -> List.of("acct0", "acct1", "acct2", "acct3").contains(p.account().id()))
        .toList();
    TrainingDataException e = assertThrows(TrainingDataException.class,
        () -> Trainer.train(fourAccounts, STACKED));
    assertTrue(e.getMessage().contains("at least 5 accounts"), e.getMessage());

    // One label from one account only: the fold that holds that account out has one label left.
    List<Post> oneAccountLabel = posts.stream()
        .map(p -> Fixtures.post(p.id(), p.account().id(), p.text(),
            p.account().id().equals("acct0") ? "rare" : "common"))
        .toList();
    TrainingDataException first = assertThrows(TrainingDataException.class,
        () -> Trainer.train(oneAccountLabel, STACKED));
    assertTrue(first.getMessage().contains("first stage"), first.getMessage());
  }
}
