package org.chorus.fingerprint;

import org.chorus.corpus.text.Ascii;
import org.chorus.corpus.text.FullWidth;
import org.chorus.corpus.text.HanVariants;
import org.chorus.corpus.text.Links;


/**
 * Reduces a post to the words a copy-paste campaign keeps constant, so that copies that differ
 * only in noise normalise to the same text. Removed: links (every copy gets its own t.co link),
 * mentions (swapped per copy), leading {@code RT @x:} / trailing {@code via @x}, HTML entities,
 * punctuation, emoji and other symbols. Canonicalised: case, full-width ASCII forms (common in
 * Chinese posts), traditional Chinese characters (to simplified), whitespace. Kept: letters of
 * every script and digits; hashtags keep their word (a hashtag often carries the message)
 * without the '#'. Indexes built before the traditional fold keep their fingerprints: their
 * copies compare as before, only a {@code similar --text} in traditional characters misses
 * them until the data is indexed again.
 *
 * <p>One pass over whitespace-separated tokens, no regular expressions: it runs for every post at
 * index time.
 */
public final class Normalizer {
  private Normalizer() {}

  /** Lower-case words separated by single spaces; empty when nothing but noise is left. */
  public static String normalize(String text) {
    if (text == null || text.isEmpty()) return "";
    // Arrays, not String.charAt and StringBuilder: this runs for every post at index time,
    // and the bounds and encoding checks of the String methods were half its cost.
    char[] s = text.toCharArray();
    widthFold(s);
    int n = s.length;
    char[] out = new char[n + 1];
    int len = 0;
    int i = 0;
    boolean atStart = true; // still inside a leading run of "RT @x:" prefixes
    while (i < n) {
      while (i < n && isSpace(s[i])) i++;
      if (i >= n) break;
      int end = i;
      while (end < n && !isSpace(s[end])) end++;
      if (atStart && isRetweetMarker(s, i, end)) {
        // "RT @x:" -> skip RT and let the mention that follows be skipped as a mention
        i = end;
        continue;
      }
      if (Links.isLinkIgnoreCase(s, i, end) || s[i] == '@' || s[i] == '＠') {
        i = end;
        continue;
      }
      if (isVia(s, i, end)) { // "via @source" credits the source account: noise
        i = end;
        continue;
      }
      atStart = false;
      len = appendWord(out, len, s, i, end);
      i = end;
    }
    if (len > 0 && out[len - 1] == ' ') len--;
    return new String(out, 0, len);
  }

  private static boolean isSpace(char c) {
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isRetweetMarker(char[] s, int from, int to) {
    int len = to - from;
    if (len == 2 || (len == 3 && s[from + 2] == ':')) {
      return (s[from] == 'R' || s[from] == 'r') && (s[from + 1] == 'T' || s[from + 1] == 't')
          && nextTokenIsMention(s, to);
    }
    return false;
  }

  private static boolean nextTokenIsMention(char[] s, int from) {
    int i = from;
    while (i < s.length && isSpace(s[i])) i++;
    return i < s.length && s[i] == '@';
  }

  private static boolean isVia(char[] s, int from, int to) {
    return to - from == 3 && Ascii.startsWithIgnoreCase(s, from, to, "via")
        && nextTokenIsMention(s, to);
  }

  // Letters and digits stay (lower-cased); everything else (punctuation, emoji, symbols,
  // entities) separates words. CJK ideographs stay as they are: the shingler splits them.
  // Appends to out[len...] and returns the new length; never longer than the word plus a space.
  private static int appendWord(char[] out, int len, char[] s, int from, int to) {
    int i = from;
    while (i < to) {
      char c = s[i];
      if (c == '&') {
        int semi = entityEnd(s, i, to);
        if (semi > 0) {
          len = separate(out, len);
          i = semi + 1;
          continue;
        }
      }
      if (c < 0x80) { // ASCII fast path: most posts are mostly ASCII
        i++;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out[len++] = c;
        else if (c >= 'A' && c <= 'Z') out[len++] = (char) (c + 32);
        else len = separate(out, len);
        continue;
      }
      if (c >= 0x400 && c <= 0x45F) { // Cyrillic letters: Russian posts are common
        i++;
        out[len++] = c < 0x410 ? (char) (c + 0x50) : c < 0x430 ? (char) (c + 0x20) : c;
        continue;
      }
      int cp = Character.codePointAt(s, i, to);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        // Traditional characters fold to simplified, one char for one: a copy rewritten in
        // traditional is the same words (the disguised-copies benchmark, "Disguised copies"
        // in docs/benchmarks.md).
        if (cp >= 0x3400 && cp < 0x10000) cp = HanVariants.fold((char) cp);
        len += Character.toChars(lowerSameWidth(cp), out, len);
      } else if (Character.getType(cp) == Character.NON_SPACING_MARK
          && len > 0 && out[len - 1] != ' ') {
        len += Character.toChars(cp, out, len); // combining marks belong to their letter (Hindi, Arabic)
      } else {
        len = separate(out, len);
      }
    }
    return separate(out, len);
  }

  /** Lower case, unless that would change how many chars the letter takes (no such letter
   * in use, but the output buffer is sized on it). */
  private static int lowerSameWidth(int cp) {
    int lower = Character.toLowerCase(cp);
    return Character.charCount(lower) == Character.charCount(cp) ? lower : cp;
  }

  private static int separate(char[] out, int len) {
    if (len > 0 && out[len - 1] != ' ') out[len++] = ' ';
    return len;
  }

  /** "&amp;", "&#39;", "&quot;": the index of ';' when a short entity starts at {@code at}. */
  private static int entityEnd(char[] s, int at, int to) {
    for (int j = at + 1; j < to && j <= at + 7; j++) {
      char c = s[j];
      if (c == ';') return j > at + 1 ? j : -1;
      if (!Character.isLetterOrDigit(c) && c != '#') return -1;
    }
    return -1;
  }

  /** Full-width ASCII and the ideographic space fold to their ASCII forms. */
  private static void widthFold(char[] s) {
    for (int i = 0; i < s.length; i++) s[i] = s[i] == '\u3000' ? ' ' : FullWidth.toAscii(s[i]);
  }
}
