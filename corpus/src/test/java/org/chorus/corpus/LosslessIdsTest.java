package org.chorus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ids a spreadsheet or pandas rounded to floating point name no single tweet (many share one
 * value): they are never keys, in any reader. Each is counted in the notes and set aside with
 * file, line and field, and a rounded link is left out rather than joining unrelated posts.
 */
class LosslessIdsTest {
  @TempDir Path dir;

  @Test
  void anArchiveSavedThroughPandasKeepsItsPostsButNotItsRoundedIds() throws Exception {
    // Twitter's information-operations layout; rows 1-2 as pandas writes a float64 id column,
    // row 3 as Excel does, row 4 exact.
    Path f = Reading.write(dir, "hk_tweets.csv", TwitterArchiveTest.HEADER
        + "1.1540445045941903e+18,848000000000000001,HK Daily,hk_daily,,en,first post,"
        + "2019-07-25 10:00,,,,True,848000000000000009,1.1540445045941901e+18,[],[],[]\n"
        + "1.1540445045941903e+18,848000000000000002,Li,li_wei,,en,second post,"
        + "2019-07-25 10:01,848000000000000009,1.15404E+18,1154044504594190336.0,True,"
        + "848000000000000009,1.1540445045941901e+18,[],[],[]\n"
        + "1154044504594190337,848000000000000003,Wu,wu,,en,exact post,2019-07-25 10:02,"
        + "848000000000000009,1154044504594190100,1154044504594190200,True,848000000000000009,"
        + "1154044504594190300,[],[],[]\n");
    Reading r = Reading.of(f);
    r.assertAccounted(3);
    assertEquals(0, r.rejections.size(), "the posts themselves are fine");
    assertEquals(List.of("hk_tweets:1", "hk_tweets:2", "1154044504594190337"), r.ids(),
        "two tweets with one rounded id stay two posts");
    for (Post p : r.posts.subList(0, 2)) {
      assertNull(p.retweetOf(), "a rounded retweet id would make a false co-retweet edge");
      assertNull(p.replyTo());
      assertNull(p.quoteOf());
    }
    Post exact = r.posts.get(2);
    assertEquals("1154044504594190300", exact.retweetOf(), "exact integer ids keep working");
    assertEquals("1154044504594190100", exact.replyTo());
    assertEquals("1154044504594190200", exact.quoteOf());
    assertTrue(r.notes.stream().anyMatch(n -> n.contains("2 post ids were rounded")), r.notes.toString());
    assertTrue(r.notes.stream().anyMatch(n -> n.contains("4 retweet, reply or quote ids")),
        r.notes.toString());
    assertEquals(List.of("hk_tweets.csv:2: tweetid", "hk_tweets.csv:2: retweet_tweetid",
            "hk_tweets.csv:3: tweetid", "hk_tweets.csv:3: retweet_tweetid",
            "hk_tweets.csv:3: in_reply_to_tweetid", "hk_tweets.csv:3: quoted_tweet_tweetid"),
        r.setAside.stream().map(d -> name(d) + ":" + d.line() + ": " + d.field()).toList());
    assertTrue(r.setAside.get(0).reason().contains("1.1540445045941903e+18"));
    assertTrue(r.setAside.get(0).excerpt().startsWith("1.1540445045941903e+18,"));
  }

  @Test
  void jsonNumbersInFloatNotationAreNotIdsThroughAColumnMap() throws Exception {
    Path f = Reading.write(dir, "tweets.jsonl",
        "{\"tweet_id\": 1.1540445045941903e18, \"user\": \"a\", \"text\": \"one\","
            + " \"time\": \"2019-07-25T10:00:00Z\", \"rt\": 1.1540445045941901E+18}\n"
            + "{\"tweet_id\": 1154044504594190336.0, \"user\": \"b\", \"text\": \"two\","
            + " \"time\": \"2019-07-25T10:01:00Z\", \"rt\": \"1.1540445045941901e+18\"}\n"
            + "{\"tweet_id\": 1154044504594190337, \"user\": \"c\", \"text\": \"three\","
            + " \"time\": \"2019-07-25T10:02:00Z\", \"rt\": 1154044504594190300}\n");
    ColumnMap map = ColumnMap.parse("id=tweet_id,account=user,text=text,time=time,retweet_of=rt");
    Reading r = Reading.of(f, Format.JSONL, map);
    r.assertAccounted(3);
    assertEquals(List.of("tweets:1", "tweets:2", "1154044504594190337"), r.ids());
    assertNull(r.posts.get(0).retweetOf());
    assertNull(r.posts.get(1).retweetOf());
    assertEquals("1154044504594190300", r.posts.get(2).retweetOf());
    assertEquals(List.of("1:tweet_id", "1:rt", "2:tweet_id", "2:rt"),
        r.setAside.stream().map(d -> d.line() + ":" + d.field()).toList());
    assertEquals("tweets.jsonl", name(r.setAside.get(0)));
    assertTrue(r.setAside.get(0).excerpt().contains("1.1540445045941903e18"));
  }

  @Test
  void theChorusSchemaRejectsARoundedPostIdAndDropsARoundedLink() throws Exception {
    Path f = Reading.write(dir, "posts.jsonl",
        "{\"id\": 1.1540445045941903e18, \"account\": \"a\", \"text\": \"one\"}\n"
            + "{\"id\": \"7\", \"account\": \"b\", \"text\": \"two\","
            + " \"retweet_of\": 1.1540445045941901e18}\n"
            + "{\"id\": 1154044504594190337, \"account\": \"c\", \"text\": \"three\","
            + " \"retweet_of\": \"1154044504594190300\"}\n");
    Reading r = Reading.of(f, Format.JSONL, null);
    r.assertAccounted(3);
    Rejection bad = r.onlyRejection();
    assertEquals(1, bad.line());
    assertEquals("id", bad.field());
    assertTrue(bad.reason().contains("rounded to floating point"), bad.reason());
    assertEquals(List.of("7", "1154044504594190337"), r.ids());
    assertNull(r.posts.get(0).retweetOf());
    assertEquals("1154044504594190300", r.posts.get(1).retweetOf());
    assertEquals(1, r.setAside.size());
    assertEquals("posts.jsonl:2: retweet_of", name(r.setAside.get(0)) + ":"
        + r.setAside.get(0).line() + ": " + r.setAside.get(0).field());
    assertTrue(r.notes.stream().anyMatch(n -> n.contains("1 retweet, reply or quote ids")),
        r.notes.toString());
  }

  @Test
  void theRejectsFileRecordsSetAsideValuesWithoutCountingThemAsRejections() throws Exception {
    Path f = Reading.write(dir, "t.csv", TwitterArchiveTest.HEADER
        + "1.1540445045941903e+18,848000000000000001,HK Daily,hk_daily,,en,first post 🙏,"
        + "2019-07-25 10:00,,,,False,,,[],[],[]\n"
        + "1154044504594190337,848000000000000002,Li,li_wei,,en,bad time,not a time,,,,False,,,"
        + "[],[],[]\n");
    Path out = dir.resolve("t.rejects.jsonl");
    int posts = 0;
    try (RejectsFile rejects = RejectsFile.at(out);
        PostReader reader = Datasets.open(f, Format.AUTO, null, rejects)) {
      while (reader.next() != null) posts++;
      assertEquals(1, rejects.count(), "only the bad time is a rejection");
      assertEquals(1, rejects.setAsideCount());
    }
    assertEquals(1, posts);
    List<String> lines = Files.readAllLines(out);
    assertEquals(2, lines.size());
    JsonNode kept = new ObjectMapper().readTree(lines.get(0));
    assertEquals(f.toString(), kept.get("file").asText());
    assertEquals(2, kept.get("line").asInt());
    assertEquals("tweetid", kept.get("field").asText());
    assertTrue(kept.get("kept").asBoolean());
    assertFalse(new ObjectMapper().readTree(lines.get(1)).has("kept"));
  }

  @Test
  void onlyFloatNotationIsRounded() {
    for (String id : List.of("1.1540445045941903e+18", "1.15404E+18", "1.1540445045941903E18",
        "1154044504594190336.0", "9e17")) {
      assertTrue(MappedPosts.rounded(id), id);
    }
    for (String id : List.of("1154044504594190336", "12.5", "2e3", "abc", "1e+05", "")) {
      assertFalse(MappedPosts.rounded(id), id);
    }
  }

  private static String name(Rejection r) {
    return Path.of(r.file()).getFileName().toString();
  }
}
