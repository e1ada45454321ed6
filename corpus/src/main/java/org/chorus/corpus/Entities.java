package org.chorus.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds hashtags, mentions and links in a post's text, for datasets that have no columns for
 * them (the IRA tweets, Chua's sample), so hashtag and mention filters work there too. The
 * rules follow Twitter's loosely: a '#' or '@' that starts a word, then letters, digits or '_'
 * (mentions: ASCII, as screen names are); a link is {@code http://} or {@code https://} up to
 * white space, without trailing punctuation.
 */
final class Entities {
  private Entities() {}

  static List<String> hashtags(String text) {
    return tagged(text, '#', false);
  }

  static List<String> mentions(String text) {
    return tagged(text, '@', true);
  }

  private static List<String> tagged(String text, char mark, boolean asciiOnly) {
    List<String> out = null;
    int from = 0;
    while (true) {
      int i = text.indexOf(mark, from);
      if (i < 0) break;
      from = i + 1;
      if (i > 0 && isWordChar(text.charAt(i - 1), false)) continue; // e.g. an e-mail address
      int end = i + 1;
      while (end < text.length() && isWordChar(text.charAt(end), asciiOnly)) end++;
      if (end > i + 1 && !isDigitsOnly(text, i + 1, end)) {
        if (out == null) out = new ArrayList<>(2);
        out.add(text.substring(i + 1, end));
      }
      from = end;
    }
    return out == null ? List.of() : out;
  }

  private static boolean isWordChar(char c, boolean asciiOnly) {
    if (c == '_') return true;
    if (asciiOnly) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return Character.isLetterOrDigit(c);
  }

  // "#1" or "@ 5" are numbers, not tags.
  private static boolean isDigitsOnly(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') return false;
    }
    return true;
  }
}
