package org.chorus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TwitterArchiveTest {
  static final String HEADER = "tweetid,userid,user_display_name,user_screen_name,"
      + "user_reported_location,tweet_language,tweet_text,tweet_time,in_reply_to_userid,"
      + "in_reply_to_tweetid,quoted_tweet_tweetid,is_retweet,retweet_userid,retweet_tweetid,"
      + "hashtags,urls,user_mentions\n";

  @TempDir Path dir;

  @Test
  void readsUnhashedArchiveWithPythonStyleLists() throws Exception {
    Path f = Reading.write(dir, "hk_unhashed.csv", HEADER
        + "1160685539485585408,848000000000000001,HK Daily,hk_daily,Hong Kong,en,"
        + "\"Rioters, again. #HongKong @SCMPNews https://t.co/abc\",2019-08-12 03:04,,,,False,,,"
        + "\"['HongKong', 'HK']\",\"['https://t.co/abc']\",\"['94858394']\"\n"
        + "1160685539485585409,848000000000000002,Li,li_wei,,zh,转发,2019-08-12 03:05,"
        + "848000000000000001,1160685539485585408,1160685539485585400,True,"
        + "848000000000000001,1160685539485585408,[],[],[]\n");
    Reading r = Reading.of(f);
    r.assertAccounted(2);
    assertEquals(0, r.rejections.size());

    Post a = r.posts.get(0);
    assertEquals("1160685539485585408", a.id());
    assertEquals(new Account("848000000000000001", "hk_daily"), a.account());
    assertEquals(Instant.parse("2019-08-12T03:04:00Z"), a.time());
    assertEquals("en", a.lang());
    assertEquals("Rioters, again. #HongKong @SCMPNews https://t.co/abc", a.text());
    assertEquals(List.of("HongKong", "HK"), a.hashtags());
    assertEquals(List.of("https://t.co/abc"), a.urls());
    assertEquals(List.of("94858394"), a.mentions());
    assertFalse(a.retweet());
    assertNull(a.replyTo());
    assertNull(a.quoteOf());

    Post b = r.posts.get(1);
    assertTrue(b.retweet());
    assertEquals("1160685539485585408", b.retweetOf());
    assertEquals("1160685539485585408", b.replyTo());
    assertEquals("1160685539485585400", b.quoteOf());
    assertEquals("zh", b.lang());
    assertEquals(List.of(), b.hashtags());
    assertTrue(r.notes.get(0).contains("Twitter information-operations archive"));
  }

  @Test
  void readsHashedArchiveWithBareLists() throws Exception {
    Path f = Reading.write(dir, "hashed.csv", HEADER
        + "1160685539485585410,ZTUhI030WiV97FLuXgAU427wsJ1TtqtTBMXjKgShnU=,"
        + "ZTUhI030WiV97FLuXgAU427wsJ1TtqtTBMXjKgShnU=,ZTUhI030WiV97FLuXgAU427wsJ1TtqtTBMXjKgShnU=,"
        + ",in,Stop the violence,2019-08-13 10:00,,,,false,,,\"[HongKong, StandWithHK]\","
        + "[http://a.example/x?b=1],[]\n");
    Reading r = Reading.of(f, Format.TWITTER, null);
    Post p = r.posts.get(0);
    assertEquals("ZTUhI030WiV97FLuXgAU427wsJ1TtqtTBMXjKgShnU=", p.account().id());
    assertEquals("id", p.lang(), "Twitter's withdrawn code 'in' becomes 'id'");
    assertEquals(List.of("HongKong", "StandWithHK"), p.hashtags());
    assertEquals(List.of("http://a.example/x?b=1"), p.urls());
    assertEquals(Instant.parse("2019-08-13T10:00:00Z"), p.time());
  }

  @Test
  void readsTrimmedReleasesThatLackOptionalColumns() throws Exception {
    Path f = Reading.write(dir, "min.csv", "tweetid,userid,tweet_text,tweet_time\n"
        + "7,u1,hello #world,2019-06-01T10:00:00Z\n");
    Post p = Reading.of(f).posts.get(0);
    assertEquals("7", p.id());
    assertEquals(List.of("world"), p.hashtags(), "taken from the text when no column");
  }

  @Test
  void twitterFormatOnAnotherHeaderNamesTheMissingColumn() {
    Path f = Reading.write(dir, "other.csv", "a,b\n1,2\n");
    InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
        InvalidInputException.class, () -> Reading.of(f, Format.TWITTER, null));
    assertEquals(1, e.rejection().line());
    assertEquals("tweetid", e.rejection().field());
    assertTrue(e.getMessage().startsWith(f.toString() + ":1:"), e.getMessage());
  }
}
