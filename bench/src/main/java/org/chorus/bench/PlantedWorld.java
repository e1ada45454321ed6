package org.chorus.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;
import org.chorus.fingerprint.Fingerprint;

/**
 * Real posts made organic, with coordinated campaigns planted among them, for measuring edge
 * scores.
 *
 * <p>Organic background: real accounts' timelines (their volume, their days of activity and
 * bursts over days, their real texts, links and retweets), each post moved by its own random
 * offset of up to {@code jitter} either way. Real archives of information operations are
 * coordinated through and through: their accounts post the same things within minutes. The
 * offsets break that lockstep, as independent people sharing the same things in the same days
 * would, while busy accounts still meet often by chance on popular items (the heavy organic
 * edges raw weight mistakes for coordination). One offset per account would not do: two
 * lockstep accounts whose offsets fall within the window of each other stay in lockstep.
 * Retweets without a retweeted id get one from their text, so they give co-retweet items.
 *
 * <p>Planted: each campaign takes 5 to 30 fresh accounts, each given the (jittered) timeline of a
 * real account that leaves the background, and makes them act together 3 to 12 times at random
 * moments, each member joining each action with probability 0.7, all within 10 minutes: a copy
 * of one real post (with realistic edits), a link of the campaign's own, or a retweet of one
 * real retweeted item.
 *
 * @param campaignOf the campaign number of each planted account
 */
record PlantedWorld(List<Post> posts, Map<String, Integer> campaignOf, int backgroundPosts,
    int plantedPosts) {
  private static final long ACTION_SPREAD_MS = 600_000;
  private static final int MIN_DONOR_POSTS = 5;

  /** Whether an edge between these accounts is planted: both in one campaign. */
  boolean planted(String a, String b) {
    Integer x = campaignOf.get(a);
    return x != null && x.equals(campaignOf.get(b));
  }

  static PlantedWorld build(List<Post> sample, long seed, Duration jitter, int campaigns) {
    Random rnd = new Random(seed);
    long j = jitter.toMillis();
    Map<String, List<Post>> byAccount = new LinkedHashMap<>();
    for (Post p : sample) {
      if (p.dated()) byAccount.computeIfAbsent(p.account().id(), k -> new ArrayList<>()).add(p);
    }
    List<String> donors = new ArrayList<>();
    for (Map.Entry<String, List<Post>> e : byAccount.entrySet()) {
      if (e.getValue().size() >= MIN_DONOR_POSTS) donors.add(e.getKey());
    }
    // Members first: each campaign's accounts and the timelines they borrow.
    Map<String, String> memberOf = new HashMap<>(); // donor -> fresh account
    Map<String, Integer> campaignOf = new LinkedHashMap<>();
    List<List<String>> members = new ArrayList<>();
    for (int c = 0; c < campaigns; c++) {
      int size = 5 + rnd.nextInt(26);
      List<String> m = new ArrayList<>();
      while (m.size() < size && memberOf.size() < donors.size()) {
        String donor = donors.get(rnd.nextInt(donors.size()));
        if (memberOf.containsKey(donor)) continue;
        String fresh = "campaign-" + c + "-" + m.size();
        memberOf.put(donor, fresh);
        campaignOf.put(fresh, c);
        m.add(fresh);
      }
      members.add(m);
    }
    List<Post> out = new ArrayList<>(sample.size() + campaigns * 200);
    long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
    List<Post> originals = new ArrayList<>();
    List<Post> retweets = new ArrayList<>();
    for (Map.Entry<String, List<Post>> e : byAccount.entrySet()) {
      String name = memberOf.getOrDefault(e.getKey(), e.getKey());
      Account account = name.equals(e.getKey()) ? e.getValue().get(0).account() : Account.of(name);
      for (Post p : e.getValue()) {
        Instant at = p.time().plusMillis(j == 0 ? 0 : (long) ((rnd.nextDouble() * 2 - 1) * j));
        String retweetOf = p.retweetOf() != null ? p.retweetOf()
            : p.retweet() ? retweetId(p.text()) : null;
        Post moved = new Post(p.id(), account, at, p.lang(), p.text(), p.hashtags(), p.urls(),
            p.mentions(), p.retweet(), retweetOf, p.replyTo(), p.quoteOf(), p.labels());
        out.add(moved);
        lo = Math.min(lo, at.toEpochMilli());
        hi = Math.max(hi, at.toEpochMilli());
        if (moved.retweetOf() != null) {
          retweets.add(moved);
        } else if (Fingerprint.of(p.text()).shingles().length >= 6) {
          originals.add(moved);
        }
      }
    }
    int background = out.size();
    CopyEditor editor = new CopyEditor(rnd, sample.stream().map(Post::text).toList());
    int id = 0;
    for (int c = 0; c < campaigns; c++) {
      int actions = 3 + rnd.nextInt(10);
      for (int k = 0; k < actions; k++) {
        long base = lo + (long) (rnd.nextDouble() * Math.max(1, hi - lo - ACTION_SPREAD_MS));
        int kind = rnd.nextInt(3);
        Post source = kind == 2 ? retweets.get(rnd.nextInt(retweets.size()))
            : originals.get(rnd.nextInt(originals.size()));
        String link = "https://planted.example/" + c + "/" + k;
        for (String member : members.get(c)) {
          if (rnd.nextDouble() > 0.7) continue;
          Instant at = Instant.ofEpochMilli(base + rnd.nextInt((int) ACTION_SPREAD_MS));
          Account a = Account.of(member);
          String pid = "planted-" + id++;
          Post.Builder b = switch (kind) {
            case 0 -> Post.builder(pid, a, at, editor.edit(source.text()));
            case 1 -> Post.builder(pid, a, at, "read this " + link).urls(List.of(link));
            default -> Post.builder(pid, a, at, source.text()).retweetOf(source.retweetOf());
          };
          out.add(b.build());
        }
      }
    }
    return new PlantedWorld(out, campaignOf, background, out.size() - background);
  }

  /** The same retweeted text is one retweeted post: an id from the text, spaces and case aside. */
  static String retweetId(String text) {
    String t = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    long h = 0xcbf29ce484222325L; // FNV-1a, 64 bits
    for (int i = 0; i < t.length(); i++) {
      h ^= t.charAt(i);
      h *= 0x100000001b3L;
    }
    return "rt-" + Long.toUnsignedString(h, 36);
  }
}
