package org.chorus.corpus.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.Character.UnicodeScript;
import org.junit.jupiter.api.Test;

class ScriptsTest {
  @Test
  void hanKanaAndHangul() {
    assertTrue(Scripts.isHan('警'));
    assertFalse(Scripts.isHan('の'));
    assertTrue(Scripts.isCjk('の') && Scripts.isCjk('カ') && Scripts.isCjk('警'));
    assertFalse(Scripts.isCjk('한') || Scripts.isCjk('a') || Scripts.isCjk('Ж'));
    assertTrue(Scripts.isCjkOrHangul('한') && Scripts.isCjkOrHangul('警'));
    assertFalse(Scripts.isCjkOrHangul('a'));
  }

  @Test
  void theFastPathLosesNoCodePoint() {
    for (int cp = 0; cp < 0x2E80; cp++) {
      UnicodeScript s = UnicodeScript.of(cp);
      assertFalse(s == UnicodeScript.HAN || s == UnicodeScript.HIRAGANA
          || s == UnicodeScript.KATAKANA, Integer.toHexString(cp));
    }
  }
}
