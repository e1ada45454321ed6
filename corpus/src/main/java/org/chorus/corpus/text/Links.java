package org.chorus.corpus.text;

import java.util.ArrayList;
import java.util.List;

/** Links in post text: finding them, testing a word for one, replacing them. */
public final class Links {
  private static final String HTTP = "http://";
  private static final String HTTPS = "https://";
  private static final String WWW = "www.";
  /** Bare shortener hosts Twitter writes without a scheme. */
  private static final String[] BARE_HOSTS = {"t.co/", "pic.twitter.com/"};
  /** Sentence punctuation that ends a link typed into running text rather than belonging to it. */
  private static final String TRAILING = ".,;:!?)\"'”’…";

  private Links() {}

  /** Whether {@code s} has {@code http://} or {@code https://} at {@code at}. */
  public static boolean hasScheme(CharSequence s, int at) {
    return startsWith(s, at, HTTP) || startsWith(s, at, HTTPS);
  }

  /** Whether a whitespace-separated word is a link: a scheme or {@code www.} starts it. */
  public static boolean isLink(String word) {
    return hasScheme(word, 0) || word.startsWith(WWW);
  }

  /**
   * Whether {@code s[from, to)} starts like a link, ignoring ASCII case and also taking the bare
   * {@code t.co/} and {@code pic.twitter.com/} forms: for matching copies, where a link in any
   * spelling is noise.
   */
  public static boolean isLinkIgnoreCase(char[] s, int from, int to) {
    char c = (char) (s[from] | 0x20); // ASCII lower case
    if (c != 'h' && c != 'w' && c != 't' && c != 'p') return false;
    if (Ascii.startsWithIgnoreCase(s, from, to, HTTP) || Ascii.startsWithIgnoreCase(s, from, to, HTTPS)
        || Ascii.startsWithIgnoreCase(s, from, to, WWW)) {
      return true;
    }
    for (String host : BARE_HOSTS) {
      if (Ascii.startsWithIgnoreCase(s, from, to, host)) return true;
    }
    return false;
  }

  /**
   * The links of a text, in order: from a scheme that does not continue a word to the next
   * whitespace, less trailing sentence punctuation. What a dataset without a URL column gets.
   */
  public static List<String> in(String text) {
    List<String> out = null;
    int from = 0;
    while (true) {
      int i = text.indexOf("http", from);
      if (i < 0) break;
      int j = i + 4;
      if (j < text.length() && text.charAt(j) == 's') j++;
      if (text.startsWith("://", j) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        int end = j + 3;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
        while (end > j + 3 && TRAILING.indexOf(text.charAt(end - 1)) >= 0) end--;
        if (end > j + 3) {
          if (out == null) out = new ArrayList<>(2);
          out.add(text.substring(i, end));
        }
        from = end;
      } else {
        from = i + 4;
      }
    }
    return out == null ? List.of() : out;
  }

  /**
   * Replaces every run from {@code "http"} to the next whitespace by {@code symbol}. Looser than
   * {@link #in} (no scheme or word-boundary check) because the narrative features were trained
   * with this rule: the shipped model's bytes depend on it.
   */
  public static String replaceLoosely(String text, char symbol) {
    int at = text.indexOf("http");
    if (at < 0) return text;
    StringBuilder b = new StringBuilder(text.length());
    int from = 0;
    while (at >= 0) {
      int end = at;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
      b.append(text, from, at).append(symbol);
      from = end;
      at = text.indexOf("http", end);
    }
    return b.append(text, from, text.length()).toString();
  }

  private static boolean startsWith(CharSequence s, int at, String prefix) {
    if (s.length() - at < prefix.length()) return false;
    for (int k = 0; k < prefix.length(); k++) {
      if (s.charAt(at + k) != prefix.charAt(k)) return false;
    }
    return true;
  }
}
