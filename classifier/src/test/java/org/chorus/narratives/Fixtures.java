package org.chorus.narratives;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;

/** Small labelled post sets for tests: each label has its own vocabulary plus shared noise. */
final class Fixtures {
  private Fixtures() {}

  static Post post(String id, String account, String text, String... labels) {
    return Post.builder(id, new Account(account, null), Instant.parse("2019-08-01T00:00:00Z"),
        text).labels(List.of(labels)).build();
  }

  static final String[][] WORDS = {
    {"rioters", "violence", "smash", "petrol", "bombs", "thugs"},
    {"foreign", "interference", "cia", "hands", "meddling", "west"},
    {"police", "support", "brave", "officers", "order", "thank"},
  };
  static final String[] LABELS = {"protesters_violent", "foreign_interference", "support_police"};
  static final String[] NOISE = {"hong", "kong", "today", "people", "city", "news", "the", "a"};

  /** n posts, labels cycling, 20 accounts; text mixes label words with noise. */
  static List<Post> posts(int n, long seed) {
    Random r = new Random(seed);
    List<Post> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int c = i % LABELS.length;
      StringBuilder t = new StringBuilder();
      for (int w = 0; w < 8; w++) {
        String[] pool = r.nextDouble() < 0.5 ? WORDS[c] : NOISE;
        t.append(pool[r.nextInt(pool.length)]).append(' ');
      }
      out.add(post("p" + i, "acct" + (i % 20), t.toString().strip(), LABELS[c]));
    }
    return out;
  }
}
