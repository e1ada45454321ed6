package org.chorus.app;

import java.time.Duration;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.RetweetMode;
import org.chorus.dupes.Similarity;
import org.chorus.search.PostFilter;

/**
 * What counts as copy-paste, for clusters and the network alike.
 *
 * @param threshold minimum similarity of a copy's word set to the representative's
 * @param similarity Jaccard of the two word sets, or containment of the shorter in the other
 * @param minAccounts clusters with fewer distinct accounts are not reported
 * @param minWords posts with fewer distinct words are too short to be evidence
 */
public record Copies(double threshold, int minAccounts, RetweetMode retweets, int minWords,
    Similarity similarity) {
  public static final Copies DEFAULT = new Copies(DuplicateFinder.DEFAULT_THRESHOLD, 2,
      RetweetMode.EXCLUDE, DuplicateFinder.DEFAULT_MIN_WORDS);

  public Copies(double threshold, int minAccounts, RetweetMode retweets, int minWords) {
    this(threshold, minAccounts, retweets, minWords, Similarity.JACCARD);
  }

  public Copies {
    if (similarity == null) similarity = Similarity.JACCARD;
    if (threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("threshold must be above 0 and at most 1: " + threshold);
    }
    if (minAccounts < 1) throw new IllegalArgumentException("min accounts must be at least 1");
    if (retweets == null) throw new IllegalArgumentException("retweets must be given");
  }

  DuplicateFinder.Options finderOptions(PostFilter filter, Duration window) {
    return new DuplicateFinder.Options(threshold, minAccounts, window,
        filter.isAll() ? null : filter.toQuery(), retweets, minWords, similarity);
  }
}
