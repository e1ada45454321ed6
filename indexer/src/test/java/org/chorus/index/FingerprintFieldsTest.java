package org.chorus.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class FingerprintFieldsTest {
  @Test
  void shingleCodecRoundTrips() {
    int[] s = {Integer.MIN_VALUE, -1, 0, 7, Integer.MAX_VALUE};
    assertArrayEquals(s, FingerprintFields.decode(new BytesRef(FingerprintFields.encode(s))));
  }
}
