package org.chorus.bench;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chorus.dupes.Cluster;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.fingerprint.Hash;
import org.chorus.fingerprint.Normalizer;
import org.chorus.fingerprint.Shingler;
import org.chorus.index.PostIndex;

/**
 * Real copy-paste in an index: the normalised texts posted (not retweeted) by at least
 * {@code minAccounts} accounts, and how many {@code chorus dupes} finds as one cluster holding
 * posts of the text from at least that many accounts.
 */
final class CopyPasteRecall {
  private CopyPasteRecall() {}

  record Result(int texts, int found, int tooShort, double dupesSeconds) {}

  static Result measure(PostIndex index, int minAccounts) throws IOException {
    Map<String, Long> textOf = new HashMap<>(); // post id -> hash of its normalised text
    Map<Long, Set<String>> accountsOf = new HashMap<>();
    Set<Long> tooShort = new HashSet<>();
    index.forEach(indexed -> {
      var p = indexed.post();
      if (p.retweet()) return;
      String norm = Normalizer.normalize(p.text());
      if (norm.isEmpty()) return;
      long h = Hash.of(norm);
      textOf.put(p.id(), h);
      if (accountsOf.computeIfAbsent(h, k -> new HashSet<>()).add(p.account().id())
          && Shingler.DEFAULT.shingles(norm).length < DuplicateFinder.DEFAULT_MIN_WORDS) {
        tooShort.add(h);
      }
    });
    accountsOf.values().removeIf(accounts -> accounts.size() < minAccounts);
    tooShort.retainAll(accountsOf.keySet());

    long t0 = System.nanoTime();
    List<Cluster> clusters =
        new DuplicateFinder(index.reader()).find(DuplicateFinder.Options.defaults());
    double seconds = (System.nanoTime() - t0) / 1e9;
    Set<Long> found = new HashSet<>();
    for (Cluster c : clusters) {
      Map<Long, Set<String>> accountsByText = new HashMap<>();
      for (Cluster.Member m : c.members()) {
        Long h = textOf.get(m.postId());
        if (h != null && accountsOf.containsKey(h)) {
          accountsByText.computeIfAbsent(h, x -> new HashSet<>()).add(m.account());
        }
      }
      accountsByText.forEach((h, accounts) -> {
        if (accounts.size() >= minAccounts) found.add(h);
      });
    }
    return new Result(accountsOf.size(), found.size(), tooShort.size(), seconds);
  }
}
