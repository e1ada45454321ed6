package org.chorus.corpus.generate;

/**
 * What to generate. The same settings always give the same bytes.
 *
 * @param posts exact number of posts
 * @param seed random seed
 * @param accounts population size, or 0 for the default (600 at 8,000 posts, growing sublinearly,
 *     never under 300)
 * @param campaignShare share of posts that belong to copy-paste campaigns (0 to 0.9)
 */
public record GeneratorSettings(long posts, long seed, int accounts, double campaignShare) {
  public static final double DEFAULT_CAMPAIGN_SHARE = 0.18;

  public GeneratorSettings {
    if (posts < 1) throw new IllegalArgumentException("posts must be at least 1, was " + posts);
    if (accounts != 0 && accounts < 50) {
      throw new IllegalArgumentException("accounts must be at least 50, was " + accounts);
    }
    if (campaignShare < 0 || campaignShare > 0.9) {
      throw new IllegalArgumentException("campaign share must be in [0, 0.9], was " + campaignShare);
    }
  }

  public static GeneratorSettings of(long posts, long seed) {
    return new GeneratorSettings(posts, seed, 0, DEFAULT_CAMPAIGN_SHARE);
  }

  int accountCount() {
    return accounts > 0 ? accounts : AccountPopulation.defaultSize(posts);
  }
}
