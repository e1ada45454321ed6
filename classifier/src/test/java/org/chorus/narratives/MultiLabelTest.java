package org.chorus.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chorus.corpus.Post;
import org.junit.jupiter.api.Test;

class MultiLabelTest {

  /** Posts with one, two or no narrative (the "none" posts carry the label "other"). */
  private static List<Post> posts(int n, long seed) {
    Random r = new Random(seed);
    List<Post> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean violent = r.nextBoolean(), foreign = r.nextDouble() < 0.4;
      List<String> labels = new ArrayList<>();
      StringBuilder t = new StringBuilder("hong kong ");
      if (violent) {
        labels.add("protesters_violent");
        t.append("rioters smash petrol bombs ");
      }
      if (foreign) {
        labels.add("foreign_interference");
        t.append("cia meddling foreign hands ");
      }
      if (labels.isEmpty()) {
        labels.add("other");
        t.append("weather food weekend ");
      }
      out.add(Fixtures.post("p" + i, "acct" + (i % 40), t.toString(),
          labels.toArray(String[]::new)));
    }
    return out;
  }

  @Test
  void assignsSeveralLabelsOrNoneWithPerLabelThresholds() {
    NarrativeModel m = Trainer.train(posts(400, 1), TrainingOptions.defaults().withMultiLabel(true)
        .withFeatures(FeatureSettings.defaults().withHashBits(14)));
    assertTrue(m.multiLabel());
    Calibration c = m.info().calibration();
    assertEquals(3, c.thresholds().size());
    for (double t : c.thresholds()) assertTrue(t >= 0.05 && t <= 0.95, "threshold " + t);
    for (double a : c.plattA()) assertTrue(a < 0, "Platt slope turns higher margins into higher p");

    Prediction both = m.predict("hong kong rioters smash petrol bombs, cia meddling foreign hands");
    assertEquals(List.of("foreign_interference", "protesters_violent"), both.labels());
    Prediction one = m.predict("rioters smash petrol bombs");
    assertEquals(List.of("protesters_violent"), one.labels());
    Prediction none = m.predict("completely unrelated words");
    assertTrue(!none.labels().contains("protesters_violent"), none.toString());
    assertTrue(!none.labels().contains("foreign_interference"), none.toString());
  }

  @Test
  void fewPeoplesDecisionsAmongWeakOnesStillCalibrateEveryLabel() {
    // 60 people's decisions and 600 weak guesses: one account fold in five would hold about
    // 12 decisions, too few; cross-fitting scores all 60 with models that did not see them.
    List<Post> strong = posts(60, 2);
    List<Post> weak = posts(600, 3);
    List<Example> ex = new ArrayList<>();
    for (Post p : strong) ex.add(new Example(p, p.labels(), 1));
    for (Post p : weak) {
      ex.add(new Example(Fixtures.post("w" + p.id(), "weak" + p.account().id(), p.text(),
          p.labels().toArray(String[]::new)), p.labels(), 0.3));
    }
    NarrativeModel m = Trainer.train(ex, TrainingOptions.defaults().withMultiLabel(true)
        .withFeatures(FeatureSettings.defaults().withHashBits(14)), true);
    Calibration c = m.info().calibration();
    for (int i = 0; i < c.thresholds().size(); i++) {
      assertTrue(c.plattA().get(i) < 0 && c.plattA().get(i) != -1.0,
          "label " + m.labels().get(i) + " calibrated, not left at the plain sigmoid: " + c);
    }
    Prediction both = m.predict("hong kong rioters smash petrol bombs, cia meddling foreign hands");
    assertEquals(List.of("foreign_interference", "protesters_violent"), both.labels());
  }

  @Test
  void thresholdMaximisesF1() {
    double[] p = {0.9, 0.8, 0.35, 0.3, 0.2, 0.1};
    int[] y = {1, 1, 1, 0, 0, 0};
    assertEquals(0.35, Thresholds.bestF1(p, y), 1e-9, "every cut in (0.30, 0.35] is perfect;"
        + " the one closest to 0.5 wins");
    assertEquals(0.5, Thresholds.bestF1(new double[] {0.2, 0.1}, new int[] {0, 0}), 1e-9,
        "no positives: keep the default");
  }
}
