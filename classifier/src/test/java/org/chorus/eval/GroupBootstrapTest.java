package org.chorus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GroupBootstrapTest {

  /** Items of one account are all right (90%) or mostly wrong; accuracy 0.8 on average. */
  private record Sample(List<String> truth, List<String> predicted, List<String> accounts) {
    Outcomes outcomes() {
      return Outcomes.singleLabel(truth, predicted);
    }
  }

  private static Sample correlated(long seed, int accounts, int postsPerAccount) {
    Random random = new Random(seed);
    List<String> truth = new ArrayList<>();
    List<String> predicted = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (int a = 0; a < accounts; a++) {
      double accuracy = random.nextBoolean() ? 1.0 : 0.6;
      for (int p = 0; p < postsPerAccount; p++) {
        String t = random.nextBoolean() ? "pos" : "neg";
        boolean right = random.nextDouble() < accuracy;
        truth.add(t);
        predicted.add(right ? t : (t.equals("pos") ? "neg" : "pos"));
        groups.add("acct" + a);
      }
    }
    return new Sample(truth, predicted, groups);
  }

  @Test
  void sameSeedGivesSameIntervalOtherSeedAnother() {
    Sample s = correlated(1, 60, 20);
    ConfidenceInterval first = GroupBootstrap.byGroup(s.accounts(), 300, 7).macroF1(s.outcomes());
    ConfidenceInterval again = GroupBootstrap.byGroup(s.accounts(), 300, 7).macroF1(s.outcomes());
    ConfidenceInterval other = GroupBootstrap.byGroup(s.accounts(), 300, 8).macroF1(s.outcomes());
    assertEquals(first, again);
    assertNotEquals(first.low(), other.low());
    assertEquals(s.outcomes().report().macroF1(), first.estimate(), 1e-12);
    assertTrue(first.low() < first.estimate() && first.estimate() < first.high(), first.toString());
    assertEquals(60, first.groups());
  }

  @Test
  void perfectPredictionsHaveADegenerateInterval() {
    List<String> truth = List.of("a", "b", "a", "b", "a", "b");
    ConfidenceInterval ci = GroupBootstrap.byItem(6, 100, 1)
        .macroF1(Outcomes.singleLabel(truth, truth));
    assertEquals(1.0, ci.low());
    assertEquals(1.0, ci.high());
  }

  @Test
  void resamplesTakeWholeGroups() {
    List<String> groups = List.of("g1", "g1", "g1", "g2", "g3", "g3");
    boolean[] split = {false};
    GroupBootstrap.byGroup(groups, 200, 3).interval(sample -> {
      Map<Integer, Integer> times = new HashMap<>();
      for (int i : sample) times.merge(i, 1, Integer::sum);
      split[0] |= !times.getOrDefault(0, 0).equals(times.getOrDefault(2, 0))
          || !times.getOrDefault(4, 0).equals(times.getOrDefault(5, 0));
      return sample.length;
    });
    assertTrue(!split[0], "a resample took only part of a group");
  }

  @Test
  void intervalsCoverTheTrueValueAboutNinetyFivePercentOfTheTime() {
    // The process has macro-F1 0.8 in expectation (symmetric errors at accuracy 0.8).
    int covered = 0;
    int runs = 60;
    for (int run = 0; run < runs; run++) {
      Sample s = correlated(100 + run, 80, 15);
      if (GroupBootstrap.byGroup(s.accounts(), 200, run).macroF1(s.outcomes()).contains(0.8)) {
        covered++;
      }
    }
    assertTrue(covered >= 0.85 * runs, covered + " of " + runs + " intervals covered 0.8");
  }

  @Test
  void groupingWidensTheIntervalWhenAccountsAreCorrelated() {
    Sample s = correlated(5, 80, 15);
    double grouped = GroupBootstrap.byGroup(s.accounts(), 400, 1).macroF1(s.outcomes()).width();
    double naive = GroupBootstrap.byItem(s.truth().size(), 400, 1).macroF1(s.outcomes()).width();
    assertTrue(grouped > 1.3 * naive, "grouped " + grouped + " vs per-post " + naive);
  }

  @Test
  void pairedComparisonSeesTheBetterModel() {
    Sample s = correlated(9, 50, 10);
    Outcomes noisy = s.outcomes();
    Outcomes perfect = Outcomes.singleLabel(s.truth(), s.truth());
    GroupBootstrap bootstrap = GroupBootstrap.byGroup(s.accounts(), 300, 2);

    PairedComparison c = bootstrap.compareMacroF1(noisy, perfect);
    assertEquals(noisy.report().macroF1(), c.a(), 1e-12);
    assertEquals(1.0, c.b());
    assertEquals(1.0 - c.a(), c.difference().estimate(), 1e-12);
    assertTrue(c.difference().low() > 0, c.toString());
    assertEquals(1.0, c.shareBAtLeastA());

    PairedComparison reverse = bootstrap.compareMacroF1(perfect, noisy);
    assertEquals(0.0, reverse.shareBAtLeastA());
    assertTrue(reverse.difference().high() < 0);

    PairedComparison same = bootstrap.compareMacroF1(noisy, noisy);
    assertEquals(0.0, same.difference().low());
    assertEquals(0.0, same.difference().high());
  }

  @Test
  void comparingDifferentTruthIsRefused() {
    Outcomes a = Outcomes.singleLabel(List.of("x", "y"), List.of("x", "y"));
    Outcomes b = Outcomes.singleLabel(List.of("y", "y"), List.of("x", "y"));
    assertThrows(IllegalArgumentException.class,
        () -> GroupBootstrap.byItem(2, 50, 1).compareMacroF1(a, b));
    assertThrows(IllegalArgumentException.class,
        () -> GroupBootstrap.byItem(3, 50, 1).macroF1(a));
  }

  @Test
  void quantileInterpolatesLikeNumpy() {
    double[] sorted = {1, 2, 3, 4, 5};
    assertEquals(1.1, GroupBootstrap.quantile(sorted, 0.025), 1e-12);
    assertEquals(4.9, GroupBootstrap.quantile(sorted, 0.975), 1e-12);
    assertEquals(3.0, GroupBootstrap.quantile(sorted, 0.5), 1e-12);
  }
}
