package org.chorus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.Format;
import org.chorus.corpus.RejectsFile;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.network.CoordinationNetwork;
import org.chorus.network.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: an information-operations archive saved through pandas, where two accounts
 * retweeted two different tweets whose ids were rounded to the same float, and two other
 * accounts retweeted one tweet with an exact id. Only the exact pair is linked.
 */
class RoundedIdsIndexTest {
  @TempDir Path tmp;

  private static final String HEADER = "tweetid,userid,user_display_name,user_screen_name,"
      + "user_reported_location,tweet_language,tweet_text,tweet_time,in_reply_to_userid,"
      + "in_reply_to_tweetid,quoted_tweet_tweetid,is_retweet,retweet_userid,retweet_tweetid,"
      + "hashtags,urls,user_mentions\n";

  @Test
  void roundedRetweetIdsLinkNoOneAndAreSetAside() throws Exception {
    Path csv = Files.writeString(tmp.resolve("io_tweets.csv"), HEADER
        + "1.1540445045941903e+18,1,A,a,,en,RT first,2019-07-25 10:00,,,,True,9,"
        + "1.1540445045941901e+18,[],[],[]\n"
        + "1.1540445045941903e+18,2,B,b,,en,RT second,2019-07-25 10:01,,,,True,9,"
        + "1.1540445045941901e+18,[],[],[]\n"
        + "1154044504594190337,3,C,c,,en,RT third,2019-07-25 10:02,,,,True,9,"
        + "1154044504594190300,[],[],[]\n"
        + "1154044504594190338,4,D,d,,en,RT third,2019-07-25 10:03,,,,True,9,"
        + "1154044504594190300,[],[],[]\n");
    Path rejectsPath = tmp.resolve("idx.rejects.jsonl");
    IndexSummary s;
    try (RejectsFile rejects = RejectsFile.at(rejectsPath)) {
      s = PostIndexer.create(tmp.resolve("idx"),
          (file, r) -> Datasets.open(file, Format.AUTO, null, r), rejects,
          PostIndexer.Options.defaults()).run(List.of(csv));
      assertEquals(0, rejects.count());
      assertEquals(4, rejects.setAsideCount());
    }
    assertEquals(4, s.indexed(), "every post is kept");
    assertTrue(s.notes().stream().anyMatch(n -> n.contains("2 post ids were rounded")),
        s.notes().toString());
    List<String> lines = Files.readAllLines(rejectsPath);
    assertEquals(4, lines.size());
    var first = new ObjectMapper().readTree(lines.get(0));
    assertEquals(2, first.get("line").asInt());
    assertEquals("tweetid", first.get("field").asText());
    try (PostIndex index = PostIndex.open(tmp.resolve("idx"))) {
      Network n = new CoordinationNetwork(index.reader()).build(DuplicateFinder.Options.defaults(),
          List.of(Duration.ofHours(1)), null);
      List<String> coRetweets = n.edges().stream().filter(e -> e.type().equals("co-retweet"))
          .map(e -> e.source() + "-" + e.target()).toList();
      assertEquals(List.of("3-4"), coRetweets, "the rounded value must not link 1 and 2");
    }
  }
}
