package org.chorus.corpus.text;

/** ASCII case rules for scanning text as char arrays, without allocating strings. */
public final class Ascii {
  private Ascii() {}

  /** Whether {@code s[from, to)} starts with the lower-case ASCII {@code prefix}, ignoring case. */
  public static boolean startsWithIgnoreCase(char[] s, int from, int to, String prefix) {
    if (to - from < prefix.length()) return false;
    for (int k = 0; k < prefix.length(); k++) {
      char c = s[from + k];
      if (c >= 'A' && c <= 'Z') c += 32;
      if (c != prefix.charAt(k)) return false;
    }
    return true;
  }
}
