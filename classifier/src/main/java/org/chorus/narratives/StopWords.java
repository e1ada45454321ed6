package org.chorus.narratives;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chorus.corpus.text.Scripts;

/**
 * Words that say nothing about a theme, in every language Chorus reads: small curated lists in
 * {@code stopwords/<lang>.txt} (English, German, French, Spanish, Italian, Portuguese, Russian,
 * Ukrainian, Arabic, Chinese with written Cantonese). Chinese has no spaces, so its terms are
 * character bigrams: a bigram is a stop word when it is listed or holds one of the listed
 * particles (的, 了, 嘅...), which mostly mark a bigram that straddles two words.
 */
public final class StopWords {
  public static final List<String> LANGUAGES =
      List.of("en", "de", "fr", "es", "it", "pt", "ru", "uk", "ar", "zh");
  private static final StopWords ALL = load();

  private final Set<String> words;
  private final Set<Integer> particles;

  private StopWords(Set<String> words, Set<Integer> particles) {
    this.words = words;
    this.particles = particles;
  }

  /** The lists of every language together. */
  public static StopWords all() {
    return ALL;
  }

  /** Whether a term (a word, or two words joined by a space, or a CJK bigram) is a stop word. */
  public boolean isStop(String term) {
    if (words.contains(term)) return true;
    int space = term.indexOf(' ');
    if (space > 0) return isStop(term.substring(0, space)) || isStop(term.substring(space + 1));
    if (!term.isEmpty() && Scripts.isCjkOrHangul(term.codePointAt(0))) {
      int cps = term.codePointCount(0, term.length());
      if (cps < 2) return true;
      for (int i = 0; i < term.length(); i += Character.charCount(term.codePointAt(i))) {
        if (particles.contains(term.codePointAt(i))) return true;
      }
    }
    return false;
  }

  /** The listed words (not the particle rule), for tests that check output against the lists. */
  public Set<String> listed() {
    return Set.copyOf(words);
  }

  private static StopWords load() {
    Set<String> words = new HashSet<>();
    Set<Integer> particles = new HashSet<>();
    for (String lang : LANGUAGES) {
      String name = "stopwords/" + lang + ".txt";
      try (InputStream in = StopWords.class.getResourceAsStream(name)) {
        if (in == null) throw new IllegalStateException("missing resource " + name);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
          if (line.startsWith("#") || line.isBlank()) continue;
          String[] parts = line.trim().split("\\s+");
          if (parts[0].equals("particles")) {
            for (int i = 1; i < parts.length; i++) particles.add(parts[i].codePointAt(0));
          } else {
            for (String w : parts) words.add(w.toLowerCase(java.util.Locale.ROOT));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new StopWords(Set.copyOf(words), Set.copyOf(particles));
  }
}
