package org.chorus.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chorus.corpus.Post;
import org.junit.jupiter.api.Test;

class TrainerTest {
  private static final TrainingOptions SMALL = TrainingOptions.defaults()
      .withFeatures(FeatureSettings.defaults().withHashBits(14));

  @Test
  void learnsSeparableNarratives() {
    NarrativeModel m = Trainer.train(Fixtures.posts(300, 1), SMALL);
    assertEquals(List.of("foreign_interference", "protesters_violent", "support_police"),
        m.labels(), "labels sorted by name");
    int right = 0;
    List<Post> test = Fixtures.posts(90, 2);
    for (Post p : test) if (m.predict(p).labels().equals(p.labels())) right++;
    assertTrue(right >= 80, right + " of 90");
    Prediction p = m.predict("brave police officers keep order");
    assertEquals(List.of("support_police"), p.labels());
    double sum = p.scores().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(1.0, sum, 1e-9, "multi-class scores are probabilities");
  }

  @Test
  void emptyTrainingSetIsAnError() {
    var e = assertThrows(TrainingDataException.class, () -> Trainer.train(List.of(), SMALL));
    assertTrue(e.getMessage().contains("no posts"), e.getMessage());
    List<Post> unlabelled = List.of(Fixtures.post("1", "a", "text"), Fixtures.post("2", "b", "x"));
    e = assertThrows(TrainingDataException.class, () -> Trainer.train(unlabelled, SMALL));
    assertTrue(e.getMessage().contains("2 posts without a label"), e.getMessage());
  }

  @Test
  void oneClassIsAnError() {
    List<Post> posts = List.of(Fixtures.post("1", "a", "police", "support_police"),
        Fixtures.post("2", "b", "officers", "support_police"));
    var e = assertThrows(TrainingDataException.class, () -> Trainer.train(posts, SMALL));
    assertTrue(e.getMessage().contains("only one label (support_police)"), e.getMessage());
  }

  @Test
  void unlabelledRowsAreSkippedAndRareLabelsReported() {
    List<Post> posts = new ArrayList<>(Fixtures.posts(60, 3));
    posts.add(Fixtures.post("u1", "x", "no label here"));
    posts.add(Fixtures.post("r1", "y", "a very rare claim", "rare_label"));
    posts.add(Fixtures.post("m1", "z", "police rioters", "support_police", "protesters_violent"));
    DataSummary d = Trainer.train(posts, SMALL).info().data();
    assertEquals(62, d.posts());
    assertEquals(1, d.unlabelledSkipped());
    assertEquals(1, d.extraLabelsIgnored());
    assertEquals(List.of("rare_label"), d.singletonLabels());
    assertEquals(21L, d.labelCounts().get("support_police"));
  }

  @Test
  void fingerprintDependsOnIdsAndLabels() {
    List<Post> a = List.of(Fixtures.post("1", "a", "t", "x"));
    List<Post> b = List.of(Fixtures.post("1", "a", "other text", "x"));
    List<Post> c = List.of(Fixtures.post("1", "a", "t", "y"));
    assertEquals(Trainer.fingerprint(a), Trainer.fingerprint(b));
    assertTrue(!Trainer.fingerprint(a).equals(Trainer.fingerprint(c)));
  }

  @Test
  void smileLearnerGivesAComparableModel() {
    NarrativeModel m = Trainer.train(Fixtures.posts(150, 1),
        SMALL.withLearner(Learner.SMILE_LOGISTIC).withLambda(1e-3));
    int right = 0;
    for (Post p : Fixtures.posts(60, 2)) if (m.predict(p).labels().equals(p.labels())) right++;
    assertTrue(right >= 50, right + " of 60");
  }

  @Test
  void minScoreGivesAnExplicitNone() {
    NarrativeModel m = Trainer.train(Fixtures.posts(300, 1), SMALL.withMinScore(0.9));
    Prediction p = m.predict("hong kong today");
    assertTrue(p.isNone(), p.toString());
    assertTrue(p.labels().isEmpty());
    assertEquals(3, p.scores().size(), "scores still given for every label");
  }
}
