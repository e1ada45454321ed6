package org.chorus.corpus.generate;

/** The narrative labels of the bundled corpus; {@link #label} is what posts carry. */
enum Narrative {
  PROTESTERS_VIOLENT("protesters_violent"),
  FOREIGN_INTERFERENCE("foreign_interference"),
  SUPPORT_POLICE("support_police"),
  STABILITY_ECONOMY("stability_economy"),
  PROTEST_SUPPORT("protest_support"),
  NEUTRAL_NEWS("neutral_news");

  final String label;

  Narrative(String label) {
    this.label = label;
  }

  /**
   * The narrative a careless or hurried annotator would confuse this one with: realistic label
   * noise lands on neighbours, not anywhere.
   */
  Narrative neighbour() {
    return switch (this) {
      case PROTESTERS_VIOLENT -> SUPPORT_POLICE;
      case SUPPORT_POLICE -> PROTESTERS_VIOLENT;
      case FOREIGN_INTERFERENCE -> PROTESTERS_VIOLENT;
      case STABILITY_ECONOMY -> NEUTRAL_NEWS;
      case PROTEST_SUPPORT -> NEUTRAL_NEWS;
      case NEUTRAL_NEWS -> PROTEST_SUPPORT;
    };
  }
}
