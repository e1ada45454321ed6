package org.chorus.dupes;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
   * The evidence of each member, computed when asked (reading the words of the representative
   * and the member and finding their longest shared run costs microseconds per member, which
   * over the 80,000 edited members of the 2M IRA clusters was a second of a three-second run):
   * the member's own, or {@link SharedSpan#of} the representative and its text, members with
   * one text computed once. Null for a member without text.
   */
  public Function<Member, SharedSpan> evidence() {
    Map<String, SharedSpan> byText = new HashMap<>();
    Function<String, SharedSpan> against = new Function<>() {
      private Function<String, SharedSpan> read; // the representative, read on first use

      @Override
      public SharedSpan apply(String text) {
        if (read == null) read = SharedSpan.against(representative);
        return read.apply(text);
      }
    };
    return m -> m.shared() != null || m.text() == null ? m.shared()
        : byText.computeIfAbsent(m.text(), against);
  }

  /**
   * A post in a cluster. {@code similarity} is its exact similarity to the representative as
   * the run measured it (Jaccard or containment, see {@link Similarity}). A member with the
   * representative's words (links, mentions, case, punctuation aside) has no text of its own
   * and {@link SharedSpan#SAME_WORDS} as {@code shared}; any other has its original text, and
   * its evidence from {@link Cluster#evidence()}. Both are null when built without evidence.
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
  }
}
