package org.chorus.narratives;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassWeightingTest {
  // Feature 0 only in label 0's posts, feature 1 in every post, feature 2 in none.
  private static final SparseVector[] COUNTS = {
      new SparseVector(new int[] {0, 1}, new float[] {1, 1}),
      new SparseVector(new int[] {0, 1}, new float[] {1, 1}),
      new SparseVector(new int[] {1}, new float[] {1}),
      new SparseVector(new int[] {1}, new float[] {1})};
  private static final int[][] Y = {{0}, {0}, {1}, {1}};

  @Test
  void aFeatureTiedToOneLabelGainsWeightAnEvenOneLoses() {
    TfIdf plain = TfIdf.fit(List.of(COUNTS), 4, true);
    TfIdf weighted = ClassWeighting.apply(plain, COUNTS, Y, 2, 0.5);
    // Feature 0: in 2 of 2 label-0 posts, 0 of 2 others: |ln((3/4) / (1/4))| = ln 3.
    assertEquals(plain.idf()[0] * (0.5 + 0.5 * Math.log(3)), weighted.idf()[0], 1e-6);
    // Feature 1: everywhere, ratio 1: half its idf.
    assertEquals(plain.idf()[1] * 0.5, weighted.idf()[1], 1e-6);
    assertTrue(weighted.idf()[0] / weighted.idf()[1] > plain.idf()[0] / plain.idf()[1]);
  }

  @Test
  void shareZeroLeavesTheIdfAlone() {
    TfIdf plain = TfIdf.fit(List.of(COUNTS), 4, true);
    assertArrayEquals(plain.idf(), ClassWeighting.apply(plain, COUNTS, Y, 2, 0).idf());
  }
}
