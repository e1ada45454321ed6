package org.chorus.dupes;

/**
 * Reduces a post to the words a copy-paste campaign keeps constant, so that copies that differ
 * only in noise normalise to the same text. Removed: links (every copy gets its own t.co link),
 * mentions (swapped per copy), leading {@code RT @x:} / trailing {@code via @x}, HTML entities,
 * punctuation, emoji and other symbols. Canonicalised: case, full-width ASCII forms (common in
 * Chinese posts), whitespace. Kept: letters of every script and digits; hashtags keep their word
 * (a hashtag often carries the message) without the '#'.
 *
 * <p>One pass over whitespace-separated tokens, no regular expressions: it runs for every post at
 * index time.
 */
public final class Normalizer {
  private Normalizer() {}

  /** Lower-case words separated by single spaces; empty when nothing but noise is left. */
  public static String normalize(String text) {
    if (text == null || text.isEmpty()) return "";
    String s = widthFold(text);
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    int n = s.length();
    boolean atStart = true; // still inside a leading run of "RT @x:" prefixes
    while (i < n) {
      while (i < n && isSpace(s.charAt(i))) i++;
      if (i >= n) break;
      int end = i;
      while (end < n && !isSpace(s.charAt(end))) end++;
      if (atStart && isRetweetMarker(s, i, end)) {
        // "RT @x:" -> skip RT and let the mention that follows be skipped as a mention
        i = end;
        continue;
      }
      if (isLink(s, i, end) || s.charAt(i) == '@' || s.charAt(i) == '＠') {
        i = end;
        continue;
      }
      if (isVia(s, i, end, n)) { // "via @source" credits the source account: noise
        i = end;
        continue;
      }
      atStart = false;
      appendWord(out, s, i, end);
      i = end;
    }
    int len = out.length();
    if (len > 0 && out.charAt(len - 1) == ' ') out.setLength(len - 1);
    return out.toString();
  }

  private static boolean isSpace(char c) {
    if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isRetweetMarker(String s, int from, int to) {
    int len = to - from;
    if (len == 2 || (len == 3 && s.charAt(from + 2) == ':')) {
      return (s.charAt(from) == 'R' || s.charAt(from) == 'r')
          && (s.charAt(from + 1) == 'T' || s.charAt(from + 1) == 't')
          && from + len < s.length() && nextTokenIsMention(s, to);
    }
    return false;
  }

  private static boolean nextTokenIsMention(String s, int from) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) i++;
    return i < s.length() && s.charAt(i) == '@';
  }

  private static boolean isVia(String s, int from, int to, int n) {
    return to - from == 3 && s.regionMatches(true, from, "via", 0, 3) && nextTokenIsMention(s, to);
  }

  private static boolean isLink(String s, int from, int to) {
    char c = (char) (s.charAt(from) | 0x20); // ASCII lower case
    if (c != 'h' && c != 'w' && c != 't' && c != 'p') return false;
    return s.regionMatches(true, from, "http://", 0, 7)
        || s.regionMatches(true, from, "https://", 0, 8)
        || s.regionMatches(true, from, "www.", 0, 4)
        || s.regionMatches(true, from, "t.co/", 0, 5)
        || s.regionMatches(true, from, "pic.twitter.com/", 0, 16);
  }

  // Letters and digits stay (lower-cased); everything else (punctuation, emoji, symbols,
  // entities) separates words. CJK ideographs stay as they are: the shingler splits them.
  private static void appendWord(StringBuilder out, String s, int from, int to) {
    int i = from;
    while (i < to) {
      if (s.charAt(i) == '&') {
        int semi = entityEnd(s, i, to);
        if (semi > 0) {
          separate(out);
          i = semi + 1;
          continue;
        }
      }
      char c = s.charAt(i);
      if (c < 0x80) { // ASCII fast path: most posts are mostly ASCII
        i++;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.append(c);
        else if (c >= 'A' && c <= 'Z') out.append((char) (c + 32));
        else separate(out);
        continue;
      }
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        out.appendCodePoint(Character.toLowerCase(cp));
      } else if (Character.getType(cp) == Character.NON_SPACING_MARK
          && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.appendCodePoint(cp); // combining marks belong to their letter (Hindi, Arabic)
      } else {
        separate(out);
      }
    }
    separate(out);
  }

  private static void separate(StringBuilder out) {
    int len = out.length();
    if (len > 0 && out.charAt(len - 1) != ' ') out.append(' ');
  }

  /** "&amp;", "&#39;", "&quot;": the index of ';' when a short entity starts at {@code at}. */
  private static int entityEnd(String s, int at, int to) {
    for (int j = at + 1; j < to && j <= at + 7; j++) {
      char c = s.charAt(j);
      if (c == ';') return j > at + 1 ? j : -1;
      if (!Character.isLetterOrDigit(c) && c != '#') return -1;
    }
    return -1;
  }

  /** Full-width ASCII (U+FF01..FF5E) and the ideographic space fold to their ASCII forms. */
  private static String widthFold(String s) {
    char[] chars = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char folded = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0)
          : c == '\u3000' ? ' ' : c;
      if (folded != c) {
        if (chars == null) chars = s.toCharArray();
        chars[i] = folded;
      }
    }
    return chars == null ? s : new String(chars);
  }
}
