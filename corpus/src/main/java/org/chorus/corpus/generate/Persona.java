package org.chorus.corpus.generate;

/**
 * Kinds of account in the corpus, each with what it talks about, in which languages, how much,
 * and how it names itself. Weights follow {@link Narrative} and {@link Lang} declaration order.
 * The mix is what makes narratives overlap: Hong Kong locals and pro-Beijing locals write the
 * same places and events in the same script, with opposite framing.
 */
enum Persona {
  //              share  activity  PV    FI    SP    SE    PS    NN      EN   HANT HANS YUE
  HK_LOCAL(       0.18, 1.0, w(0.02, 0.01, 0.02, 0.07, 0.70, 0.18), w(0.30, 0.40, 0.00, 0.30)),
  INTL_SUPPORTER( 0.10, 1.0, w(0.01, 0.02, 0.00, 0.05, 0.70, 0.22), w(1.00, 0.00, 0.00, 0.00)),
  NEWS(           0.05, 2.5, w(0.02, 0.01, 0.01, 0.08, 0.03, 0.85), w(0.60, 0.34, 0.04, 0.02)),
  BLUE_RIBBON(    0.10, 1.0, w(0.30, 0.08, 0.35, 0.22, 0.00, 0.05), w(0.15, 0.55, 0.00, 0.30)),
  STATE_MEDIA(    0.04, 3.0, w(0.27, 0.26, 0.22, 0.18, 0.00, 0.07), w(0.50, 0.00, 0.50, 0.00)),
  MAINLAND_USER(  0.10, 1.0, w(0.30, 0.25, 0.25, 0.15, 0.02, 0.03), w(0.15, 0.00, 0.85, 0.00)),
  OBSERVER(       0.07, 1.0, w(0.08, 0.06, 0.05, 0.30, 0.21, 0.30), w(0.85, 0.15, 0.00, 0.00)),
  /** Batch-created campaign accounts: little history, filler, and the copy-paste campaigns. */
  CAMPAIGN_BOT(   0.36, 0.15, w(0.30, 0.30, 0.20, 0.20, 0.00, 0.00), w(0.40, 0.00, 0.60, 0.00));

  final double share;
  final double activity;
  final double[] narratives;
  final double[] langs;

  Persona(double share, double activity, double[] narratives, double[] langs) {
    this.share = share;
    this.activity = activity;
    this.narratives = narratives;
    this.langs = langs;
  }

  private static double[] w(double... weights) {
    return weights;
  }

  Narrative pickNarrative(Rng rng) {
    return Narrative.values()[rng.weighted(narratives)];
  }

  /** A language this persona writes in and the bank has the narrative's claims for. */
  Lang pickLang(Rng rng, Narrative narrative, PhraseBank bank) {
    double[] allowed = langs.clone();
    boolean any = false;
    for (Lang l : Lang.values()) {
      if (!bank.has(l, narrative.label + ".claim")) allowed[l.ordinal()] = 0;
      any |= allowed[l.ordinal()] > 0;
    }
    return any ? Lang.values()[rng.weighted(allowed)] : Lang.EN;
  }

  boolean isBot() {
    return this == CAMPAIGN_BOT;
  }

  /** Outlets and state media get retweeted and mentioned. */
  boolean isLoud() {
    return this == NEWS || this == STATE_MEDIA;
  }
}
