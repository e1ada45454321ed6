package org.chorus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappedCsvTest {
  @TempDir Path dir;

  @Test
  void readsAnyCsvThroughAColumnMap() throws Exception {
    Path f = Reading.write(dir, "mine.csv",
        "content,author,when,language,account_category,stance,tweetid\r\n"
            + "\"Hello, world\",alice,2019-08-12 03:04:05,English,RightTroll,pro,11\r\n"
            + "Привет,boris,2019-08-12 03:04:06,Russian,NonEnglish,,12\r\n");
    ColumnMap map = ColumnMap.parse(
        "id=tweetid,account=author,text=content,time=when,lang=language,"
            + "label=account_category,label=stance");
    Reading r = Reading.of(f, Format.AUTO, map);
    r.assertAccounted(2);
    Post a = r.posts.get(0);
    assertEquals("11", a.id());
    assertEquals("alice", a.account().id());
    assertEquals("Hello, world", a.text());
    assertEquals("en", a.lang());
    assertEquals(List.of("RightTroll", "pro"), a.labels());
    assertEquals(Instant.parse("2019-08-12T03:04:05Z"), a.time());
    Post b = r.posts.get(1);
    assertEquals("ru", b.lang());
    assertEquals(List.of("NonEnglish"), b.labels(), "an empty label column adds no label");
    assertTrue(r.notes.get(0).contains("column map"));
  }

  @Test
  void idsASpreadsheetRoundedToFloatsNeitherMergePostsNorLinkThem() throws Exception {
    // Two different retweets of two different tweets, as Excel saves them: same rounded values.
    Path f = Reading.write(dir, "excel.csv",
        "tweetid,userid,tweet_text,tweet_time,retweet_tweetid\n"
            + "1.1540445045941903e+18,a,first,2019-07-25 10:00,1.1540445045941901E+18\n"
            + "1.1540445045941903e+18,b,second,2019-07-25 10:01,1.1540445045941901E+18\n"
            + "1154044504594190336,c,exact,2019-07-25 10:02,1154044504594190300\n");
    ColumnMap map = ColumnMap.parse(
        "id=tweetid,account=userid,text=tweet_text,time=tweet_time,retweet_of=retweet_tweetid");
    Reading r = Reading.of(f, Format.CSV, map);
    r.assertAccounted(3);
    assertEquals(List.of("excel:1", "excel:2", "1154044504594190336"),
        r.posts.stream().map(Post::id).toList(), "rounded ids would make two posts one");
    assertEquals(null, r.posts.get(0).retweetOf(), "a rounded link would join unrelated posts");
    assertEquals("1154044504594190300", r.posts.get(2).retweetOf(), "exact ids are kept");
    assertTrue(r.notes.stream().anyMatch(n -> n.contains("2 post ids were rounded")), r.notes.toString());
    assertTrue(r.notes.stream().anyMatch(n -> n.contains("2 retweet, reply or quote ids")),
        r.notes.toString());
  }

  @Test
  void readsTsvQuotedTheWayPandasWritesIt() throws Exception {
    Path f = Reading.write(dir, "stance.tsv", "\uFEFFID\tTARGET\tTEXT\tSTANCE\n"
        + "1\tIphoneSE\t他说 \"引号\" 不是 CSV\tFAVOR\n"
        + "2\tX\t\"第二,\t\"\"引\"\"\n下一行\"\tNONE\n"
        + "3\tY\t\" tokenised \" quotes\tNONE\n"
        + "4\tZ\tlast\tAGAINST\n");
    ColumnMap map = ColumnMap.parse("id=ID,account=TARGET,text=TEXT,label=STANCE");
    Reading r = Reading.of(f, Format.CSV, map);
    r.assertAccounted(4);
    assertEquals("他说 \"引号\" 不是 CSV", r.posts.get(0).text(), "a quote inside a field is text");
    assertEquals(List.of("FAVOR"), r.posts.get(0).labels());
    assertEquals("第二,\t\"引\"\n下一行", r.posts.get(1).text(), "quoted: tab, quote, new line");
    Rejection bad = r.onlyRejection();
    assertEquals(5, bad.line());
    assertEquals("TEXT", bad.field());
    assertEquals(List.of("1", "2", "REJECT:5", "4"), r.sequence);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2019-08-12T03:04:05Z|2019-08-12T03:04:05Z",
      "2019-08-12T11:04:05+08:00|2019-08-12T03:04:05Z",
      "2019-08-12T03:04:05.250Z|2019-08-12T03:04:05.250Z",
      "2019-08-12T03:04:05|2019-08-12T03:04:05Z",
      "2019-08-12 03:04:05|2019-08-12T03:04:05Z",
      "2019-08-12 03:04|2019-08-12T03:04:00Z",
      "8/12/2019 3:04|2019-08-12T03:04:00Z",
      "12/31/2017 23:59:58|2017-12-31T23:59:58Z",
      "1565579045|2019-08-12T03:04:05Z",
      "1565579045123|2019-08-12T03:04:05.123Z",
      "2019-08-12|2019-08-12T00:00:00Z"})
  void readsEachDateFormat(String written, String expected) throws Exception {
    Path f = Reading.write(dir, "t.csv", "id,a,t,x\n1,u,\"" + written + "\",hi\n");
    Reading r = Reading.of(f, Format.CSV, ColumnMap.parse("id=id,account=a,time=t,text=x"));
    assertEquals(List.of(), r.rejections);
    assertEquals(Instant.parse(expected), r.posts.get(0).time());
  }

  @Test
  void impossibleDatesAreNotAccepted() {
    assertEquals(null, Times.parse("2019-02-30 10:00"));
    assertEquals(null, Times.parse("2019-08-12 25:00"));
    assertEquals(null, Times.parse("13/1/2019 10:00"));
    assertEquals(null, Times.parse("2019-08-12 03:04 junk"));
    assertEquals(null, Times.parse("2019"), "a bare year is not epoch seconds");
  }

  @Test
  void synthesisesIdsFromRowNumbersAndTimesFromTweetIds() throws Exception {
    Path f = Reading.write(dir, "sample.v2.csv.gz.csv", "who,text,tid\n"
        + "a,one,1189300879905755142\nb,two,x\nc,three,12345\n");
    Reading r = Reading.of(f, Format.CSV, ColumnMap.parse("account=who,text=text"));
    assertEquals(List.of("sample.v2.csv.gz:1", "sample.v2.csv.gz:2", "sample.v2.csv.gz:3"),
        r.ids());
    assertEquals(Instant.EPOCH, r.posts.get(0).time(), "no id column: no time either");
    assertTrue(r.notes.stream().anyMatch(n -> n.contains("no id column")));
    assertTrue(r.notes.stream().anyMatch(n -> n.contains("no time column")));

    Reading withIds = Reading.of(f, Format.CSV, ColumnMap.parse("id=tid,account=who,text=text"));
    assertEquals(Instant.parse("2019-10-29T22:00:00.568Z"), withIds.posts.get(0).time());
    assertEquals(Instant.EPOCH, withIds.posts.get(1).time(), "not a snowflake id");
    assertEquals(Instant.EPOCH, withIds.posts.get(2).time(), "pre-2010 sequential id");
  }

  @Test
  void synthesisedIdsCountRejectedRowsSoTheyAreStable() throws Exception {
    Path f = Reading.write(dir, "s.csv", "who,text\na,one\nb,\nc,three\n");
    Reading r = Reading.of(f, Format.CSV, ColumnMap.parse("account=who,text=text"));
    assertEquals(List.of("s:1", "REJECT:3", "s:3"), r.sequence);
  }

  @Test
  void flagAndListColumnsOfAMappedFile() throws Exception {
    Path f = Reading.write(dir, "l.csv", "id,a,t,x,tags,rt\n"
        + "1,u,2019-08-12 03:04,hi,\"#hk, #police\",0\n2,u,2019-08-12 03:04,hi,hk police,true\n");
    Reading r = Reading.of(f, Format.CSV,
        ColumnMap.parse("id=id,account=a,time=t,text=x,hashtags=tags,retweet=rt"));
    assertEquals(List.of("hk", "police"), r.posts.get(0).hashtags());
    assertFalse(r.posts.get(0).retweet());
    assertEquals(List.of("hk", "police"), r.posts.get(1).hashtags());
    assertTrue(r.posts.get(1).retweet());
  }

  @Test
  void anEmptyTimeCellKeepsThePostUndatedAndCountsIt() throws Exception {
    Path f = Reading.write(dir, "claims.csv", "id,user,text,when\n"
        + "c1,a,first claim,2019-08-01 10:00\n"
        + "c2,b,second claim,\n"
        + "1160685539485585408,c,third claim,\n"
        + "c4,d,fourth claim,not a time\n");
    Reading r = Reading.of(f, Format.CSV,
        ColumnMap.parse("id=id,account=user,text=text,time=when"));
    assertEquals(List.of("c1", "c2", "1160685539485585408"), r.ids());
    assertEquals(Post.NO_TIME, r.posts.get(1).time());
    assertFalse(r.posts.get(1).dated());
    assertTrue(r.posts.get(2).dated(), "a Twitter id carries its time");
    assertEquals(1, r.rejections.size(), "an unreadable time is still an error");
    assertEquals("when", r.rejections.get(0).field());
    assertTrue(r.notes.stream().anyMatch(n -> n.contains("1 posts have an empty time")),
        r.notes.toString());
  }
}
