package org.chorus.narratives;

import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a post into normalised words with Stanford CoreNLP's PTB tokenizer (rule-based, needs
 * no models jar). Words are lower-cased, links become {@code <url>}, digits become {@code 0}
 * (the exact number rarely matters, the shape does). Runs of Chinese, Japanese or Korean
 * characters, which have no spaces to split on, come out one character per word, so word
 * n-grams over them are character n-grams.
 */
final class Tokenizer {
  static final String URL = "<url>";

  // Word tokens are the cheapest token type; no invertibility, no PTB escaping of brackets and
  // quotes (it only adds work and changes the text of tweets).
  private static final TokenizerFactory<Word> FACTORY =
      PTBTokenizer.PTBTokenizerFactory.newWordTokenizerFactory(
          "ptb3Escaping=false,untokenizable=noneDelete,invertible=false,tokenizeNLs=false");

  List<String> words(String text) {
    List<String> out = new ArrayList<>(32);
    var tokenizer = FACTORY.getTokenizer(new StringReader(text));
    while (tokenizer.hasNext()) {
      add(tokenizer.next().word(), out);
    }
    return out;
  }

  private static void add(String token, List<String> out) {
    if (isUrl(token)) {
      out.add(URL);
      return;
    }
    int start = 0;
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      int n = Character.charCount(cp);
      if (isCjk(cp)) {
        if (i > start) out.add(normalise(token.substring(start, i)));
        out.add(token.substring(i, i + n));
        start = i + n;
      }
      i += n;
    }
    if (start == 0) {
      out.add(normalise(token));
    } else if (start < token.length()) {
      out.add(normalise(token.substring(start)));
    }
  }

  private static boolean isUrl(String t) {
    return t.startsWith("http://") || t.startsWith("https://") || t.startsWith("www.");
  }

  private static String normalise(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    boolean digit = false;
    for (int i = 0; i < lower.length() && !digit; i++) digit = Character.isDigit(lower.charAt(i));
    if (!digit) return lower;
    StringBuilder b = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      b.append(Character.isDigit(c) ? '0' : c);
    }
    return b.toString();
  }

  static boolean isCjk(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
  }
}
