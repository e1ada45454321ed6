package org.chorus.network;

import java.util.List;
import org.chorus.corpus.Post;

/**
 * The accounts most coordinated with one account, found from its most recent posts.
 *
 * @param postsChecked how many of the account's posts were looked at (its most recent, at most
 *     {@link PartnerFinder#MAX_POSTS}); 0 when the index holds none of its posts
 * @param skippedGroups posts whose copies, co-retweets or links were shared by more than
 *     {@link CoordinationNetwork#MAX_ACCOUNTS_PER_GROUP} accounts: broadcast, linking no one
 */
public record Partners(String account, int postsChecked, int skippedGroups,
    List<Partner> partners) {
  public Partners {
    partners = List.copyOf(partners);
  }

  /**
   * One account linked to the checked posts. {@code weight} is the number of distinct pairs
   * (checked post, partner post) linked by any type; {@code types} are every type seen;
   * {@code evidence} holds up to {@link PartnerFinder#EVIDENCE_PER_PARTNER} of the pairs.
   *
   * @param name the screen name its posts give, or null
   */
  public record Partner(String account, String name, int weight, List<String> types,
      List<Link> evidence) {
    public Partner {
      types = List.copyOf(types);
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * Two posts, the account's and the partner's, linked by a {@code type} ({@code copy},
   * {@code co-retweet}, {@code co-link}) within the window. {@code shared} is what they share:
   * "text" for a copy, the retweeted post's id, the link; {@code similarity} is the copy's
   * Jaccard similarity, 1 for the other types (as in {@link Network.Evidence}).
   */
  public record Link(String type, String shared, long gapSeconds, double similarity, Post post,
      Post partnerPost) {}
}
