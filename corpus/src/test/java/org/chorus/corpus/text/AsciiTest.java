package org.chorus.corpus.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AsciiTest {
  @Test
  void prefixIgnoringCaseWithinTheRange() {
    char[] s = "x VIA @a".toCharArray();
    assertTrue(Ascii.startsWithIgnoreCase(s, 2, 5, "via"));
    assertFalse(Ascii.startsWithIgnoreCase(s, 2, 4, "via"));
    assertFalse(Ascii.startsWithIgnoreCase(s, 0, 5, "via"));
  }
}
