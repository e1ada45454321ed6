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
import org.chorus.corpus.text.Links;
import org.chorus.corpus.text.Scripts;

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
 * cannot be reused). So the text is cut at whitespace and each chunk is lexed by CoreNLP on
 * its own, once: later occurrences come from a per-thread memo (words repeat: on IRA tweets
 * 88% of chunks are memo hits). Links skip the lexer. Lexing chunks alone, rather than several
 * unseen chunks in one call, keeps a post's words independent of the memo's state (an earlier
 * version did that and changed a few labels in 2M between runs). The only difference from
 * lexing the whole text: the rare PTB tokens that span whitespace (phone numbers like
 * "(800) 555-1212") come out as their parts.
 */
public final class Tokenizer {
  public static final String URL = "<url>";
  private static final int MEMO_ENTRIES = 400_000;
  private static final ThreadLocal<Map<String, String[]>> MEMO =
      ThreadLocal.withInitial(() -> new HashMap<>(1 << 16));

  // Word tokens are the cheapest token type; no invertibility, no PTB escaping of brackets and
  // quotes (it only adds work and changes the text of tweets).
  private static final TokenizerFactory<Word> FACTORY =
      PTBTokenizer.PTBTokenizerFactory.newWordTokenizerFactory(
          "ptb3Escaping=false,untokenizable=noneDelete,invertible=false,tokenizeNLs=false");

  public List<String> words(String text) {
    Map<String, String[]> memo = MEMO.get();
    List<String> chunks = new ArrayList<>(24);
    int n = text.length();
    for (int i = 0; i < n; ) {
      while (i < n && Character.isWhitespace(text.charAt(i))) i++;
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
      if (i > start) chunks.add(text.substring(start, i));
    }
    List<String> out = new ArrayList<>(chunks.size() + 8);
    for (String chunk : chunks) {
      if (Links.isLink(chunk)) {
        out.add(URL);
        continue;
      }
      String[] words = memo.get(chunk);
      if (words == null) {
        words = lex(chunk);
        if (memo.size() >= MEMO_ENTRIES) memo.clear();
        memo.put(chunk, words);
      }
      for (String w : words) out.add(w);
    }
    return out;
  }

  /**
   * CoreNLP's words of one whitespace-free chunk, lexed on its own: a chunk's words never
   * depend on its neighbours or on what the memo holds, so a post always gets the same words.
   */
  private static String[] lex(String chunk) {
    List<String> out = new ArrayList<>(4);
    var tokenizer = FACTORY.getTokenizer(new StringReader(chunk));
    while (tokenizer.hasNext()) add(tokenizer.next().word(), out);
    return out.toArray(String[]::new);
  }

  private static void add(String token, List<String> out) {
    if (Links.isLink(token)) {
      out.add(URL);
      return;
    }
    int start = 0;
    for (int i = 0; i < token.length(); ) {
      int cp = token.codePointAt(i);
      int n = Character.charCount(cp);
      if (Scripts.isCjkOrHangul(cp)) {
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
}
