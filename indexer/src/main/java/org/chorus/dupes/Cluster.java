package org.chorus.dupes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One near-duplicate message: posts whose shingle sets are each at least the threshold similar
 * to the representative (the earliest post of the most-copied variant), all posted within the
 * window of the cluster's first post. Members are in time order.
 */
public record Cluster(
    int id,
    int accounts,
    Instant first,
    Instant last,
    String representativeId,
    String representative,
    List<Member> members) {

  public Cluster {
    members = List.copyOf(members);
  }

  public int size() {
    return members.size();
  }

  public Duration span() {
    return Duration.between(first, last);
  }

  /**
   * A post in a cluster. {@code similarity} is its exact similarity to the representative as
   * the run measured it (Jaccard or containment, see {@link Similarity}); {@code shared} holds
   * both measures and the run of words it shares with the representative, as offsets into
   * {@code text}, its original text. A member with the representative's words (links, mentions,
   * case, punctuation aside) has no text of its own and {@link SharedSpan#SAME_WORDS} as evidence
   * (most members of most campaigns: nothing to compute or repeat). Both are null when built
   * without evidence.
   */
  public record Member(String postId, String account, Instant time, double similarity,
      String text, SharedSpan shared) {
    public Member(String postId, String account, Instant time, double similarity) {
      this(postId, account, time, similarity, null, null);
    }

    /** The representative's words. */
    public boolean sameWords() {
      return shared == SharedSpan.SAME_WORDS;
    }

    /** The text this member shares with the representative, or "" (null: no text of its own). */
    public String sharedText() {
      return shared == null || text == null ? null : shared.in(text);
    }
  }
}
