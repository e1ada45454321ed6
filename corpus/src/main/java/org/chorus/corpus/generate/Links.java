package org.chorus.corpus.generate;

/** Shortened links as Twitter shows them: each share of anything gets its own t.co code. */
final class Links {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private Links() {}

  static String tco(Rng rng) {
    StringBuilder b = new StringBuilder("https://t.co/");
    for (int i = 0; i < 10; i++) b.append(ALPHABET.charAt(rng.nextInt(ALPHABET.length())));
    return b.toString();
  }
}
