package org.chorus.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GroupedSplitTest {
  private final List<String> groups = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();

  GroupedSplitTest() {
    // 120 accounts of 1..30 posts; 30% of accounts are "troll", a few posts off-label.
    Random random = new Random(3);
    for (int a = 0; a < 120; a++) {
      String label = a % 10 < 3 ? "troll" : "news";
      int posts = 1 + random.nextInt(30);
      for (int p = 0; p < posts; p++) {
        groups.add("acct" + a);
        labels.add(random.nextDouble() < 0.1 ? "other" : label);
      }
    }
  }

  @Test
  void noGroupIsEverOnBothSidesOfAFold() {
    for (Fold fold : new GroupedKFold(5, 11).split(groups, labels)) {
      assertFalse(leaks(fold), "fold " + fold.index() + " leaks an account");
      assertEquals(groups.size(), fold.train().length + fold.test().length);
    }
    assertFalse(leaks(GroupedHoldout.split(groups, labels, 0.2, 11)));
    assertFalse(leaks(GroupedHoldout.split(groups, null, 0.3, 12)));
  }

  @Test
  void everyItemIsTestedExactlyOnce() {
    int[] tested = new int[groups.size()];
    for (Fold fold : new GroupedKFold(4, 1).split(groups, labels)) {
      for (int i : fold.test()) tested[i]++;
    }
    for (int t : tested) assertEquals(1, t);
  }

  @Test
  void foldsKeepLabelSharesAndSizesClose() {
    double overall = share(labels, allIndices());
    for (Fold fold : new GroupedKFold(5, 2).split(groups, labels)) {
      double s = share(labels, fold.test());
      assertEquals(overall, s, 0.08, "troll share in fold " + fold.index());
      assertEquals(groups.size() / 5.0, fold.test().length, groups.size() * 0.05);
    }
    Fold holdout = GroupedHoldout.split(groups, labels, 0.25, 2);
    assertEquals(0.25, (double) holdout.test().length / groups.size(), 0.05);
    assertEquals(overall, share(labels, holdout.test()), 0.1);
  }

  @Test
  void oneHugeAccountDoesNotCarryItsWholeClassIntoTheTestSet() {
    // "spam": one account of 1,000 posts and 50 accounts of 10; 20% of 1,500 is 300.
    List<String> g = new ArrayList<>();
    List<String> l = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      g.add("huge");
      l.add("spam");
    }
    for (int a = 0; a < 50; a++) {
      for (int i = 0; i < 10; i++) {
        g.add("small" + a);
        l.add("spam");
      }
    }
    for (long seed = 0; seed < 20; seed++) {
      Fold f = GroupedHoldout.split(g, l, 0.2, seed);
      assertEquals(300, f.test().length, 10, "seed " + seed);
      assertTrue(f.train()[0] == 0, "the huge account stays in training");
    }
  }

  @Test
  void sameSeedSameFolds() {
    List<Fold> a = new GroupedKFold(3, 9).split(groups, labels);
    List<Fold> b = new GroupedKFold(3, 9).split(groups, labels);
    List<Fold> c = new GroupedKFold(3, 10).split(groups, labels);
    for (int f = 0; f < 3; f++) assertArrayEquals(a.get(f).test(), b.get(f).test());
    boolean differs = false;
    for (int f = 0; f < 3; f++) differs |= !java.util.Arrays.equals(a.get(f).test(), c.get(f).test());
    assertTrue(differs, "another seed should give other folds");
    assertArrayEquals(GroupedHoldout.split(groups, labels, 0.2, 5).test(),
        GroupedHoldout.split(groups, labels, 0.2, 5).test());
  }

  @Test
  void tooFewGroupsIsAClearError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new GroupedKFold(5, 1).split(List.of("a", "a", "b"), null));
    assertTrue(e.getMessage().contains("2 groups for 5 folds"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new GroupedKFold(1, 1));
    assertThrows(IllegalArgumentException.class,
        () -> GroupedHoldout.split(List.of("a", "b"), null, 1.5, 1));
  }

  private boolean leaks(Fold fold) {
    Set<String> train = new HashSet<>();
    for (int i : fold.train()) train.add(groups.get(i));
    for (int i : fold.test()) {
      if (train.contains(groups.get(i))) return true;
    }
    return false;
  }

  private static double share(List<String> labels, int[] items) {
    long trolls = java.util.Arrays.stream(items).filter(i -> labels.get(i).equals("troll")).count();
    return (double) trolls / items.length;
  }

  private int[] allIndices() {
    return java.util.stream.IntStream.range(0, groups.size()).toArray();
  }
}
