package org.chorus.narratives;

import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a post into normalised words with Stanford CoreNLP's PTB tokenizer (rule-based, needs
 * no models jar). Words are lower-cased, links become {@code <url>}, digits become {@code 0}
 * (the exact number rarely matters, the shape does). Runs of Chinese, Japanese or Korean
 * characters, which have no spaces to split on, come out one character per word, so word
 * n-grams over them are character n-grams.
 *
 * <p>Speed: CoreNLP's lexer is the bottleneck of labelling (measured on IRA tweets, one thread:
 * about 20,000 tweets/s through {@code PTBTokenizer}, against 500,000/s for a whitespace split;
 * each call allocates a fresh lexer with a 16K buffer, and the lexer class is not public, so it
 * cannot be reused). So the text is cut at whitespace, chunks seen before come from a
 * per-thread memo (words repeat: on IRA tweets 88% of chunks are memo hits) and the rest go
 * through CoreNLP together, in one call. Links skip the lexer. The only difference from lexing
 * the whole text is the few PTB tokens that span whitespace (phone numbers like
 * "(800) 555-1212") when one side was memoised: they come out as their parts.
 */
final class Tokenizer {
  static final String URL = "<url>";
  private static final String[] URL_WORDS = {URL};
  private static final int MEMO_ENTRIES = 400_000;
  private static final ThreadLocal<Map<String, String[]>> MEMO =
      ThreadLocal.withInitial(() -> new HashMap<>(1 << 16));

  // Word tokens are the cheapest token type; no invertibility, no PTB escaping of brackets and
  // quotes (it only adds work and changes the text of tweets).
  private static final TokenizerFactory<Word> FACTORY =
      PTBTokenizer.PTBTokenizerFactory.newWordTokenizerFactory(
          "ptb3Escaping=false,untokenizable=noneDelete,invertible=false,tokenizeNLs=false");

  List<String> words(String text) {
    Map<String, String[]> memo = MEMO.get();
    List<String> chunks = new ArrayList<>(24);
    int n = text.length();
    for (int i = 0; i < n; ) {
      while (i < n && Character.isWhitespace(text.charAt(i))) i++;
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
      if (i > start) chunks.add(text.substring(start, i));
    }
    String[][] parts = new String[chunks.size()][];
    StringBuilder unseen = null;
    int[] offset = new int[chunks.size()];
    int[] which = new int[chunks.size()];
    int misses = 0;
    for (int c = 0; c < parts.length; c++) {
      String chunk = chunks.get(c);
      parts[c] = isUrl(chunk) ? URL_WORDS : memo.get(chunk);
      if (parts[c] == null) {
        if (unseen == null) unseen = new StringBuilder(text.length());
        if (unseen.length() > 0) unseen.append(' ');
        offset[misses] = unseen.length();
        which[misses++] = c;
        unseen.append(chunk);
      }
    }
    if (misses > 0) lexUnseen(unseen.toString(), offset, which, misses, chunks, parts, memo);
    List<String> out = new ArrayList<>(parts.length + 8);
    for (String[] words : parts) {
      for (String w : words) out.add(w);
    }
    return out;
  }

  /**
   * One CoreNLP pass over all chunks not seen before (joined by spaces), each token credited to
   * the chunk it starts in. A chunk a token runs out of is not memoised: its words depended on
   * its neighbour.
   */
  private static void lexUnseen(String joined, int[] offset, int[] which, int misses,
      List<String> chunks, String[][] parts, Map<String, String[]> memo) {
    List<List<String>> words = new ArrayList<>(misses);
    boolean[] spanned = new boolean[misses];
    for (int m = 0; m < misses; m++) words.add(new ArrayList<>(4));
    var tokenizer = FACTORY.getTokenizer(new StringReader(joined));
    while (tokenizer.hasNext()) {
      Word w = tokenizer.next();
      int m = java.util.Arrays.binarySearch(offset, 0, misses, w.beginPosition());
      if (m < 0) m = -m - 2;
      if (m < 0) m = 0;
      int end = offset[m] + chunks.get(which[m]).length();
      if (w.endPosition() > end) spanned[m] = true;
      add(w.word(), words.get(m));
    }
    for (int m = 0; m < misses; m++) {
      String[] ws = words.get(m).toArray(String[]::new);
      parts[which[m]] = ws;
      if (!spanned[m]) {
        if (memo.size() >= MEMO_ENTRIES) memo.clear();
        memo.put(chunks.get(which[m]), ws);
      }
    }
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
