package org.chorus.corpus.generate;

/**
 * The last headlines outlets posted. Other outlets and readers post the same headline later on
 * their own: organic near-repeats that are not a campaign (hours apart, few accounts), which a
 * near-duplicate detector must not mistake for one.
 */
final class HeadlineDesk {
  private final String[] texts = new String[32];
  private final Lang[] langs = new Lang[32];
  private int next;
  private int filled;

  void add(String headline, Lang lang) {
    texts[next] = headline;
    langs[next] = lang;
    next = (next + 1) % texts.length;
    filled = Math.min(filled + 1, texts.length);
  }

  /** A recent headline in that language, or null. */
  String recent(Lang lang, Rng rng) {
    if (filled == 0) return null;
    int start = rng.nextInt(filled);
    for (int i = 0; i < filled; i++) {
      int j = (start + i) % filled;
      if (langs[j] == lang) return texts[j];
    }
    return null;
  }
}
