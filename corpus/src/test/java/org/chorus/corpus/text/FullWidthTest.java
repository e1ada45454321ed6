package org.chorus.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FullWidthTest {
  @Test
  void foldsFullWidthAsciiOnly() {
    assertEquals('P', FullWidth.toAscii('Ｐ'));
    assertEquals('!', FullWidth.toAscii('！'));
    assertEquals('~', FullWidth.toAscii('～'));
    assertEquals('\u3000', FullWidth.toAscii('\u3000'));
    assertEquals('警', FullWidth.toAscii('警'));
    assertEquals('a', FullWidth.toAscii('a'));
  }
}
