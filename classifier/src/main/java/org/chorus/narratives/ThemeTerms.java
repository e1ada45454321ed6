package org.chorus.narratives;

import java.util.ArrayList;
import java.util.List;
import org.chorus.corpus.text.Scripts;

/**
 * The readable terms of a post for themes: words and adjacent word pairs, without stop words,
 * links, numbers or punctuation; Chinese (and Japanese, Korean) as character bigrams, never single
 * characters. A pair never bridges a dropped word, so "the police" gives "police", not a pair.
 */
public final class ThemeTerms {
  private final Tokenizer tokenizer = new Tokenizer();
  private final StopWords stop;

  public ThemeTerms(StopWords stop) {
    this.stop = stop;
  }

  public List<String> of(String text) {
    List<String> words = tokenizer.words(text);
    List<String> out = new ArrayList<>(words.size() * 2);
    String previous = null;
    boolean previousCjk = false;
    for (String w : words) {
      boolean cjk = Scripts.isCjkOrHangul(w.codePointAt(0));
      if (cjk) {
        if (previousCjk) {
          String bigram = previous + w;
          if (!stop.isStop(bigram)) out.add(bigram);
        }
        previous = w;
        previousCjk = true;
        continue;
      }
      if (!isWord(w) || stop.isStop(w)) {
        previous = null;
        previousCjk = false;
        continue;
      }
      out.add(w);
      if (previous != null && !previousCjk) out.add(previous + " " + w);
      previous = w;
      previousCjk = false;
    }
    return out;
  }

  private static boolean isWord(String w) {
    if (w.equals(Tokenizer.URL) || w.codePointCount(0, w.length()) < 2) return false;
    for (int i = 0; i < w.length(); i++) if (Character.isLetter(w.charAt(i))) return true;
    return false;
  }
}
