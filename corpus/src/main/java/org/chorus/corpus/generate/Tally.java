package org.chorus.corpus.generate;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.chorus.corpus.Post;

/** Counts what a run wrote, for its summary. */
final class Tally {
  private final boolean[] active;
  private final Map<String, Long> labels = new TreeMap<>();
  private final Map<String, Long> langs = new TreeMap<>();
  private long posts;
  private long retweets;
  private long replies;
  private long unlabelled;
  private long campaignPosts;
  private Instant first;
  private Instant last;

  Tally(int accounts) {
    this.active = new boolean[accounts];
  }

  void count(Post post, Member author) {
    posts++;
    active[author.index()] = true;
    if (post.retweet()) retweets++;
    if (post.replyTo() != null) replies++;
    if (post.labels().isEmpty()) unlabelled++;
    for (String l : post.labels()) labels.merge(l, 1L, Long::sum);
    langs.merge(post.lang(), 1L, Long::sum);
    if (first == null || post.time().isBefore(first)) first = post.time();
    if (last == null || post.time().isAfter(last)) last = post.time();
  }

  void campaign(CampaignRecord record) {
    campaignPosts += record.size();
  }

  GenerationSummary summary(int accounts, int campaigns, double seconds) {
    int activeAccounts = 0;
    for (boolean a : active) if (a) activeAccounts++;
    return new GenerationSummary(posts, accounts, activeAccounts, campaigns, campaignPosts,
        retweets, replies, unlabelled, labels, langs, first, last, seconds);
  }
}
