package org.chorus.corpus.generate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Ground truth of one planted copy-paste campaign, one line of {@code campaigns.jsonl}.
 * {@code posts.get(i)} was posted by {@code accounts.get(i)} (screen name
 * {@code screenNames.get(i)}); every account posts once, and posts are in time order.
 */
public record CampaignRecord(
    String id,
    String narrative,
    String lang,
    String seed,
    List<String> posts,
    List<String> accounts,
    List<String> screenNames,
    Instant first,
    Instant last) {

  public CampaignRecord {
    Objects.requireNonNull(id, "id");
    posts = List.copyOf(posts);
    accounts = List.copyOf(accounts);
    screenNames = List.copyOf(screenNames);
    if (posts.size() != accounts.size() || posts.size() != screenNames.size()) {
      throw new IllegalArgumentException("posts, accounts and screen names differ in length");
    }
  }

  public int size() {
    return posts.size();
  }
}
