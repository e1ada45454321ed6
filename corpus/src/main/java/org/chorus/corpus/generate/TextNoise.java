package org.chorus.corpus.generate;

import java.util.Locale;

/**
 * What people do to text when they type fast: typos, no capitals, shouting, doubled
 * punctuation, a dropped full stop; half-width punctuation in Chinese. Applied to organic
 * posts only (a campaign's operators paste a prepared text).
 */
final class TextNoise {
  private TextNoise() {}

  static String apply(String text, Lang lang, Rng rng) {
    return lang == Lang.EN ? english(text, rng) : chinese(text, rng);
  }

  private static String english(String text, Rng rng) {
    String t = text;
    if (rng.chance(0.10)) t = typo(t, rng);
    if (rng.chance(0.04)) t = typo(t, rng);
    double r = rng.nextDouble();
    if (r < 0.07) t = t.toLowerCase(Locale.ROOT);
    else if (r < 0.10 && t.length() < 90) t = t.toUpperCase(Locale.ROOT);
    if (rng.chance(0.15) && t.endsWith(".")) t = t.substring(0, t.length() - 1);
    if (rng.chance(0.06) && (t.endsWith("!") || t.endsWith("."))) {
      t = t.substring(0, t.length() - 1) + "!!!";
    }
    return t;
  }

  private static String chinese(String text, Rng rng) {
    String t = text;
    if (rng.chance(0.08)) t = t.replace("！", "!!");
    if (rng.chance(0.06)) t = t.replace("，", ",");
    if (rng.chance(0.2) && t.endsWith("。")) t = t.substring(0, t.length() - 1);
    if (rng.chance(0.05)) t = t + "……";
    if (rng.chance(0.04)) t = t.replace("？", "??");
    return t;
  }

  /** Swaps two neighbouring letters inside a longer plain word, or drops one. */
  static String typo(String text, Rng rng) {
    String[] words = text.split(" ");
    for (int attempt = 0; attempt < 6; attempt++) {
      int w = rng.nextInt(words.length);
      String word = words[w];
      if (word.length() < 5 || !Character.isLetter(word.charAt(0))
          || !Character.isLetter(word.charAt(word.length() - 1)) || word.contains("://")) {
        continue;
      }
      int i = 1 + rng.nextInt(word.length() - 3);
      words[w] = rng.chance(0.6)
          ? word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2)
          : word.substring(0, i) + word.substring(i + 1);
      return String.join(" ", words);
    }
    return text;
  }
}
