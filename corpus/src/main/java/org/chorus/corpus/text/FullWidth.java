package org.chorus.corpus.text;

/**
 * Full-width forms of ASCII (U+FF01..FF5E, "ＰＯＬＩＣＥ"), common in Chinese posts: the same
 * words as their ASCII forms, so search and copy matching fold them.
 */
public final class FullWidth {
  private static final char FIRST = '\uFF01';
  private static final char LAST = '\uFF5E';
  private static final int OFFSET = 0xFEE0;

  private FullWidth() {}

  /** The ASCII form of a full-width character; any other character unchanged. */
  public static char toAscii(char c) {
    return c >= FIRST && c <= LAST ? (char) (c - OFFSET) : c;
  }
}
