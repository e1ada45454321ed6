package org.chorus.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chorus.corpus.Post;
import org.junit.jupiter.api.Test;

/** Training on decisions: "none applies", one label against the rest, weights. */
class ExampleTrainingTest {
  private static final TrainingOptions MULTI = TrainingOptions.defaults().withMultiLabel(true)
      .withFeatures(FeatureSettings.defaults().withHashBits(14));

  /** Posts of the first fixture label are positives, the others say "none applies". */
  private static List<Example> oneNarrative(List<Post> posts, double weight) {
    List<Example> out = new ArrayList<>();
    for (Post p : posts) {
      boolean violent = p.labels().get(0).equals("protesters_violent");
      out.add(new Example(p, violent ? List.of("protesters_violent") : List.of(), weight));
    }
    return out;
  }

  @Test
  void oneLabelAgainstNoneLearns() {
    NarrativeModel m = Trainer.train(oneNarrative(Fixtures.posts(300, 1), 1), MULTI, false);
    assertEquals(List.of("protesters_violent"), m.labels());
    int right = 0;
    List<Post> test = Fixtures.posts(90, 2);
    for (Post p : test) {
      boolean violent = p.labels().get(0).equals("protesters_violent");
      if (m.predict(p).labels().equals(violent ? List.of("protesters_violent") : List.of())) {
        right++;
      }
    }
    assertTrue(right >= 80, right + " of 90");
    assertEquals(300, m.info().data().posts(), "none-posts are trained on, not skipped");
  }

  @Test
  void weakDecisionsCountLessThanStrongOnes() {
    // The same posts twice: once right and strong, once wrong and weak. The strong ones win;
    // with equal weights the contradiction would leave the model near chance.
    List<Post> posts = Fixtures.posts(240, 3);
    List<Example> mixed = new ArrayList<>(oneNarrative(posts, 1));
    for (Example e : oneNarrative(posts, 1)) {
      List<String> flipped = e.labels().isEmpty() ? List.of("protesters_violent") : List.of();
      mixed.add(new Example(e.post(), flipped, 0.1));
    }
    NarrativeModel m = Trainer.train(mixed, MULTI, true);
    Prediction violent = m.predict("rioters smash petrol bombs thugs violence");
    Prediction police = m.predict("brave police officers keep order thank");
    assertTrue(violent.score("protesters_violent") > police.score("protesters_violent") + 0.3,
        violent + " vs " + police);
    NarrativeModel unweighted = Trainer.train(mixed, MULTI, false);
    assertNotEquals(m.predict("rioters smash").score("protesters_violent"),
        unweighted.predict("rioters smash").score("protesters_violent"));
  }

  @Test
  void decisionsThatCannotTrainAreRefused() {
    Post a = Fixtures.post("1", "a", "rioters smash");
    Post b = Fixtures.post("2", "b", "police order");
    var e = assertThrows(TrainingDataException.class, () -> Trainer.train(
        List.of(new Example(a, List.of(), 1), new Example(b, List.of(), 1)), MULTI, false));
    assertTrue(e.getMessage().contains("no label applies"), e.getMessage());
    e = assertThrows(TrainingDataException.class, () -> Trainer.train(
        List.of(new Example(a, List.of("x"), 1), new Example(b, List.of("x"), 1)), MULTI,
        false));
    assertTrue(e.getMessage().contains("posts without it"), e.getMessage());
    e = assertThrows(TrainingDataException.class, () -> Trainer.train(
        List.of(new Example(a, List.of("x"), 1), new Example(b, List.of(), 1)),
        MULTI.withMultiLabel(false), false));
    assertTrue(e.getMessage().contains("one label per post"), e.getMessage());
    e = assertThrows(TrainingDataException.class, () -> Trainer.train(
        List.of(new Example(a, List.of("x"), 0.5), new Example(b, List.of(), 1)),
        MULTI.withLearner(Learner.SMILE_LOGISTIC), true));
    assertTrue(e.getMessage().contains("SGD"), e.getMessage());
  }
}
