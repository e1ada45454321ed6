package org.chorus.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostJson;

/** Small deterministic posts for tests, in three languages. */
public final class TestPosts {
  static final Instant START = Instant.parse("2019-08-01T00:00:00Z");
  private static final String[][] TEXTS = {
      {"en", "Rioters bring violence to the streets of Hong Kong #HongKong"},
      {"en", "Peaceful march today, support the protesters #StandWithHK"},
      {"zh", "香港暴徒破壞社會秩序，止暴制亂 #香港"},
      {"ru", "Протестующие в Гонконге столкнулись с полицией"},
      {"en", "Foreign forces behind the unrest say officials https://t.co/x1"},
  };

  private TestPosts() {}

  /** Post i of a deterministic stream: 5 languages/themes cycling, 7 accounts, one an hour. */
  public static Post post(int i) {
    String[] t = TEXTS[i % TEXTS.length];
    return Post.builder("p" + i, new Account("acct" + (i % 7), "Name" + (i % 7)),
            START.plusSeconds(3600L * i), t[1] + " n" + i)
        .lang(t[0])
        .hashtags(i % TEXTS.length == 0 ? List.of("HongKong") : List.of())
        .urls(i % 3 == 0 ? List.of("https://example.com/a") : List.of())
        .retweet(i % 10 == 9)
        .labels(List.of(i % 2 == 0 ? "troll" : "verified"))
        .build();
  }

  public static List<Post> posts(int n) {
    List<Post> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(post(i));
    return out;
  }

  /** Builds an index of {@code posts} in {@code dir} through the real indexer. */
  public static Path buildIndex(Path dir, List<Post> posts) throws IOException {
    Path input = writeJsonl(Files.createTempFile("posts", ".jsonl"), posts);
    try {
      PostIndexer.create(dir, JsonlReader::new, r -> {}, PostIndexer.Options.defaults().withThreads(2))
          .run(List.of(input));
    } finally {
      Files.delete(input);
    }
    return dir;
  }

  public static Path writeJsonl(Path file, List<Post> posts) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Post p : posts) lines.add(PostJson.write(p));
    return Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
