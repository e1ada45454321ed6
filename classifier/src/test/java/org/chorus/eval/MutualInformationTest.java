package org.chorus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MutualInformationTest {

  @Test
  void oneForTheSamePartitionUnderOtherNames() {
    assertEquals(1.0, MutualInformation.normalized(List.of("a", "a", "b", "b", "c"),
        List.of(7, 7, 3, 3, 1)), 1e-12);
  }

  @Test
  void zeroForIndependentLabellings() {
    assertEquals(0.0, MutualInformation.normalized(List.of("a", "a", "b", "b"),
        List.of("x", "y", "x", "y")), 1e-12);
  }

  @Test
  void matchesAHandComputedValue() {
    // a = [0,0,1,1], b = [0,0,0,1]: H(a) = ln 2; H(b) = -(3/4 ln 3/4 + 1/4 ln 1/4);
    // I = H(a) - H(a|b) with H(a|b) = 3/4 * H(2/3, 1/3). scikit-learn gives 0.34371108.
    double nmi = MutualInformation.normalized(List.of(0, 0, 1, 1), List.of(0, 0, 0, 1));
    assertEquals(0.34371108, nmi, 1e-7);
  }

  @Test
  void labellingsOfDifferentLengthsAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> MutualInformation.normalized(List.of(1, 2), List.of(1)));
  }
}
