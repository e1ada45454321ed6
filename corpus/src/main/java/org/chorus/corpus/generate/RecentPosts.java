package org.chorus.corpus.generate;

import java.util.List;
import org.chorus.corpus.Post;

/**
 * A bounded memory of recent posts, so retweets and replies can point at real earlier posts
 * without the generator holding the corpus: per narrative for retweets (people retweet their
 * side), and one pool for replies.
 */
final class RecentPosts {
  private static final int PER_NARRATIVE = 48;
  private static final int FOR_REPLIES = 96;
  private final Post[][] byNarrative = new Post[Narrative.values().length][PER_NARRATIVE];
  private final int[] next = new int[Narrative.values().length];
  private final int[] filled = new int[Narrative.values().length];
  private final Post[] any = new Post[FOR_REPLIES];
  private int anyNext;
  private int anyFilled;

  /** Remembers an original post; {@code retweetable} ones (loud or lucky authors) feed retweets. */
  void add(Post post, boolean retweetable) {
    if (post.retweet()) return;
    any[anyNext] = post;
    anyNext = (anyNext + 1) % any.length;
    anyFilled = Math.min(anyFilled + 1, any.length);
    if (!retweetable || post.labels().isEmpty() || post.replyTo() != null) return;
    int n = narrativeOf(post.labels());
    if (n < 0) return;
    byNarrative[n][next[n]] = post;
    next[n] = (next[n] + 1) % PER_NARRATIVE;
    filled[n] = Math.min(filled[n] + 1, PER_NARRATIVE);
  }

  /** A recent retweetable post of that narrative, or null. */
  Post toRetweet(Narrative narrative, Rng rng) {
    int n = narrative.ordinal();
    return filled[n] == 0 ? null : byNarrative[n][rng.nextInt(filled[n])];
  }

  /** A recent post to answer, or null. */
  Post toReply(Rng rng) {
    return anyFilled == 0 ? null : any[rng.nextInt(anyFilled)];
  }

  private static int narrativeOf(List<String> labels) {
    for (Narrative n : Narrative.values()) if (n.label.equals(labels.get(0))) return n.ordinal();
    return -1;
  }
}
