package org.chorus.corpus.text;

import java.lang.Character.UnicodeScript;

/**
 * Which writing system a code point belongs to, for the scripts written without spaces between
 * words: those are cut into characters, not words, wherever text is split.
 */
public final class Scripts {
  /** CJK Radicals Supplement, the first Han, kana or CJK block: below it no script lookup. */
  private static final int FIRST_CJK = 0x2E80;

  private Scripts() {}

  /** Chinese characters (also the kanji of Japanese). */
  public static boolean isHan(int cp) {
    return cp >= FIRST_CJK && UnicodeScript.of(cp) == UnicodeScript.HAN;
  }

  /** Chinese characters and Japanese kana: the scripts written without spaces. */
  public static boolean isCjk(int cp) {
    if (cp < FIRST_CJK) return false; // the common case
    UnicodeScript script = UnicodeScript.of(cp);
    return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA
        || script == UnicodeScript.KATAKANA;
  }

  /**
   * {@link #isCjk} and Korean Hangul. Hangul is written with spaces, but the narrative
   * featurizer was trained taking its syllables one by one; the shipped model depends on it.
   */
  public static boolean isCjkOrHangul(int cp) {
    return isCjk(cp) || UnicodeScript.of(cp) == UnicodeScript.HANGUL;
  }
}
