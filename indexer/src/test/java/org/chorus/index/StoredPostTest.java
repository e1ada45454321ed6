package org.chorus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;
import org.junit.jupiter.api.Test;

class StoredPostTest {
  private final StoredPost encoder = new StoredPost();

  private Post roundTrip(Post post) {
    return StoredPost.decode(BytesRef.deepCopyOf(encoder.encode(post)));
  }

  @Test
  void everyFieldSurvives() {
    Post full = new Post("1160000000000000001", new Account("u42", "HK_Daily"),
        Instant.parse("2019-08-12T03:04:05.123456789Z"), "zh", "止暴制亂 😡 police's \"line\"\n",
        List.of("HK", "香港"), List.of("https://t.co/x"), List.of("scmpnews"), true, "99", "98",
        "97", List.of("support_police", "stability_economy"));
    assertEquals(full, roundTrip(full));
  }

  @Test
  void absentFieldsStayAbsent() {
    Post bare = new Post("a", new Account("b", null), Instant.ofEpochSecond(-86_400), null, "x",
        List.of(), List.of(), List.of(), false, null, null, null, List.of());
    assertEquals(bare, roundTrip(bare));
  }

  @Test
  void theEncoderIsReusedForPostsOfAnySize() {
    Post small = Post.builder("s", new Account("a", null), Instant.EPOCH, "short").build();
    Post large = Post.builder("l", new Account("a", null), Instant.EPOCH, "長".repeat(100_000)).build();
    assertEquals(large, roundTrip(large));
    assertEquals(small, roundTrip(small));
  }

  @Test
  void truncatedOrForeignBytesAreRefused() {
    BytesRef good = encoder.encode(Post.builder("s", new Account("a", null), Instant.EPOCH, "text").build());
    byte[] cut = Arrays.copyOf(good.bytes, good.length - 3);
    assertThrows(IllegalArgumentException.class, () -> StoredPost.decode(new BytesRef(cut)));
    byte[] json = "{\"id\":\"1\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThrows(IllegalArgumentException.class, () -> StoredPost.decode(new BytesRef(json)));
  }
}
