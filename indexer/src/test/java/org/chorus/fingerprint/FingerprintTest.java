package org.chorus.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.chorus.index.FingerprintFields;
import org.junit.jupiter.api.Test;

class FingerprintTest {
  @Test
  void chineseIsShingledByCharacterAndSpacedScriptsByWord() {
    assertEquals(4, Shingler.tokens(1).shingles("香港警察").length);
    assertEquals(3, Shingler.tokens(1).shingles("support the police").length);
    assertEquals(5, Shingler.tokens(1).shingles("support 香港警察").length);
    assertEquals(2, Shingler.tokens(2).shingles("support the police").length);
    assertEquals(1, Shingler.tokens(3).shingles("too short").length);
    assertEquals(0, Shingler.DEFAULT.shingles("").length);
  }

  @Test
  void shinglesAreSortedAndDistinct() {
    int[] s = Shingler.DEFAULT.shingles("a b a b c");
    assertEquals(3, s.length);
    int[] sorted = s.clone();
    Arrays.sort(sorted);
    assertArrayEquals(sorted, s);
  }

  @Test
  void signaturesAreStableAcrossRunsAndJvms() {
    // Pinned values: a change here silently breaks every existing index, so it must fail a test.
    Fingerprint fp = Fingerprint.of("Protesters attacked the police in Hong Kong");
    assertEquals(7, fp.shingles().length);
    int[] sig = fp.signature();
    assertEquals(MinHash.K, sig.length);
    assertArrayEquals(sig, Fingerprint.of("protesters ATTACKED the police in Hong Kong!").signature());
    assertEquals(PINNED_SET_KEY, fp.setKey());
    assertArrayEquals(PINNED_SIG_PREFIX, Arrays.copyOf(sig, 4));
  }

  static final long PINNED_SET_KEY = -5465853958221567129L;
  static final int[] PINNED_SIG_PREFIX = {140441868, 100785589, 52557348, 126137241};

  @Test
  void estimateTracksExactJaccard() {
    Fingerprint a = Fingerprint.of("one two three four five six seven eight nine ten");
    Fingerprint b = Fingerprint.of("one two three four five six seven eight nine eleven");
    double exact = a.similarity(b);
    assertEquals(9.0 / 11, exact, 1e-9);
    assertEquals(exact, MinHash.estimate(a.signature(), b.signature()), 0.15);
    assertEquals(1.0, MinHash.estimate(a.signature(), a.signature()));
  }

  @Test
  void bandKeysAgreeForCopiesAndDifferForUnrelatedText() {
    int[] a = Lsh.bandKeys(Fingerprint.of("Police used tear gas on peaceful marchers tonight").signature());
    int[] b = Lsh.bandKeys(Fingerprint.of("RT @x: police used TEAR GAS on peaceful marchers tonight https://t.co/1").signature());
    int[] c = Lsh.bandKeys(Fingerprint.of("The stock market closed higher on Friday").signature());
    assertArrayEquals(a, b);
    int shared = 0;
    for (int band = 0; band < Lsh.BANDS; band++) {
      if (a[band] == c[band]) shared++;
    }
    assertEquals(0, shared);
    assertEquals(Lsh.BANDS, a.length);
  }

  @Test
  void sCurveIsSteepAroundTheThreshold() {
    assertTrue(Lsh.candidateProbability(0.6) > 0.98);
    assertTrue(Lsh.candidateProbability(0.2) < 0.06);
  }
}
