package org.chorus.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FullWidthTest {
  @Test
  void foldsFullWidthAsciiOnly() {
    // The ideographic space, Han and ASCII are not full-width ASCII: they stay.
    assertEquals("POLICE!~\u3000警a", fold("ＰＯＬＩＣＥ！～\u3000警a"));
  }

  private static String fold(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) c[i] = FullWidth.toAscii(c[i]);
    return new String(c);
  }
}
