package org.chorus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlReaderTest {
  @TempDir Path dir;

  static String line(String id, String text) {
    return "{\"id\":\"" + id + "\",\"account\":\"acc\",\"time\":\"2019-08-12T03:04:05Z\","
        + "\"text\":\"" + text + "\"}\n";
  }

  @Test
  void roundTripsEveryField() throws Exception {
    Post p = Post.builder("9", new Account("42", "hk_daily"), Instant.parse("2019-08-12T03:04:05Z"),
            "暴徒 \"quoted\"\nnew line")
        .lang("zh").hashtags(List.of("hk")).urls(List.of("https://t.co/a"))
        .mentions(List.of("scmp")).retweetOf("8").replyTo("7").quoteOf("6")
        .labels(List.of("protesters_violent", "x")).build();
    Path f = Reading.write(dir, "p.jsonl", "\uFEFF" + PostJson.write(p) + "\n\n");
    Reading r = Reading.of(f);
    assertEquals(List.of(p), r.posts);
    assertEquals(List.of(), r.rejections);
  }

  @Test
  void badLinesAreRejectedWithLineAndFieldAndReadingGoesOn() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(line("1", "ok").getBytes(StandardCharsets.UTF_8));
    out.writeBytes("{\"id\":\"2\",\"account\":\"a\",\"time\":\"2019\n".getBytes(StandardCharsets.UTF_8));
    out.writeBytes("{\"id\":\"3\",\"account\":\"a\",\"time\":\"2019-08-12T03:04:05Z\"}\n"
        .getBytes(StandardCharsets.UTF_8));
    out.writeBytes("{\"id\":\"4\",\"account\":\"a\",\"time\":\"soon\",\"text\":\"t\"}\n"
        .getBytes(StandardCharsets.UTF_8));
    out.writeBytes(line("5", "caf").replace("caf", "caf\u00ff").getBytes(StandardCharsets.ISO_8859_1));
    out.writeBytes(line("6", "ok").getBytes(StandardCharsets.UTF_8));
    Path f = Reading.write(dir, "bad.jsonl", out.toByteArray());
    Reading r = Reading.of(f, Format.JSONL, null);
    assertEquals(List.of("1", "REJECT:2", "REJECT:3", "REJECT:4", "REJECT:5", "6"), r.sequence);
    assertTrue(r.rejections.get(0).reason().startsWith("malformed JSON"), r.rejections.get(0).reason());
    assertEquals("text", r.rejections.get(1).field());
    assertEquals("time", r.rejections.get(2).field());
    assertEquals("invalid UTF-8", r.rejections.get(3).reason());
    assertEquals(f.toString(), r.rejections.get(3).file());
    r.assertAccounted(6);
  }

  @Test
  void postsWithoutATimeReadWithTheTimeTheirIdCarriesOrTheNoTimeMark() throws Exception {
    // Labelled claims and news have no time; a model must still be trainable from them.
    String snowflake = "1154044504594190336"; // a 2019 tweet id: its time is in its bits
    Path f = Reading.write(dir, "claims.jsonl",
        "{\"id\":\"c1\",\"account\":\"a\",\"text\":\"a claim\",\"labels\":[\"x\"]}\n"
        + "{\"id\":\"" + snowflake + "\",\"account\":\"b\",\"text\":\"a tweet\"}\n"
        + "{\"id\":\"c3\",\"account\":\"a\",\"time\":\"soon\",\"text\":\"bad time\"}\n");
    Reading r = Reading.of(f, Format.JSONL, null);
    assertEquals(List.of("c1", snowflake, "REJECT:3"), r.sequence);
    assertEquals(MappedPosts.NO_TIME, r.posts.get(0).time());
    assertEquals(List.of("x"), r.posts.get(0).labels());
    assertEquals(TweetIds.time(snowflake), r.posts.get(1).time());
    assertEquals(2019, r.posts.get(1).time().atZone(java.time.ZoneOffset.UTC).getYear());
    assertEquals("time", r.rejections.get(0).field(), "a time given but unreadable is still bad");
    assertTrue(r.notes.stream().anyMatch(n -> n.contains("1 posts have no time")), r.notes.toString());
  }

  @Test
  void hugeLineIsRejected() throws Exception {
    Path f = Reading.write(dir, "big.jsonl",
        line("1", "x".repeat(3 << 20)) + line("2", "after"));
    Reading r = Reading.of(f);
    assertEquals(List.of("REJECT:1", "2"), r.sequence);
    assertEquals("line longer than 1 MB", r.onlyRejection().reason());
  }
}
