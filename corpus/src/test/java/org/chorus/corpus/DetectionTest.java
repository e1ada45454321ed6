package org.chorus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format auto}, gzip, and the errors for files Chorus cannot place. */
class DetectionTest {
  static final String IRA = "author,account_category,account_type,language,publish_date,"
      + "post_type,retweet,followers,following,region,content\n"
      + "10_gop,RightTroll,Right,English,2017-09-07 19:52:00,,0,0,0,Unknown,"
      + "We're baaaaack. #FreeTennessee\n"
      + "ameliebaldwin,RightTroll,Right,English,10/1/2017 19:58,RETWEET,1,1,2,United States,"
      + "\"RT @x: \"\"quote\"\", and more\"\n";

  @TempDir Path dir;

  static byte[] gzip(String s) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void recognisesTheIraTweetsAndSynthesisesIds() throws Exception {
    Reading r = Reading.of(Reading.write(dir, "ira.csv", IRA));
    r.assertAccounted(2);
    Post a = r.posts.get(0);
    assertEquals("ira:1", a.id());
    assertEquals("10_gop", a.account().id());
    assertEquals("en", a.lang());
    assertEquals(List.of("RightTroll"), a.labels());
    assertEquals(List.of("FreeTennessee"), a.hashtags());
    Post b = r.posts.get(1);
    assertEquals("ira:2", b.id());
    assertTrue(b.retweet());
    assertEquals("RT @x: \"quote\", and more", b.text());
    assertEquals(List.of("x"), b.mentions());
    assertTrue(r.notes.get(0).contains("russian-troll-tweets"));
  }

  @Test
  void readsGzipByMagicBytesWhateverTheName() throws Exception {
    Reading plain = Reading.of(Reading.write(dir, "a.csv", IRA));
    Reading gz = Reading.of(Reading.write(dir, "a.csv.gz", gzip(IRA)));
    Reading misnamed = Reading.of(Reading.write(dir, "b.csv", gzip(IRA)));
    assertEquals(plain.posts, gz.posts);
    assertEquals(plain.posts.size(), misnamed.posts.size());
    assertEquals("b:1", misnamed.posts.get(0).id());
  }

  @Test
  void truncatedGzipStopsWithTheFileAndLineNamed() throws Exception {
    assertStopsAtTheLineReached(halfOfGzippedCsv("cut.csv.gz", 400_000));
  }

  @Test
  void gzipTruncatedBeforeTheFormatIsKnownStopsWithTheFileAndLine() throws Exception {
    // The format is decided from the first 64 KB: a download cut inside them used to fail
    // there, with neither file nor line.
    assertStopsAtTheLineReached(halfOfGzippedCsv("early.csv.gz", 90_000));
  }

  /** An IRA CSV of about {@code bytes}, gzipped, of which only the first half arrived. */
  private Path halfOfGzippedCsv(String name, int bytes) throws Exception {
    StringBuilder csv = new StringBuilder(IRA);
    for (int i = 0; csv.length() < bytes; i++) {
      csv.append("u").append(i).append(",RightTroll,Right,English,2017-09-07 19:52:00,,0,0,0,x,")
          .append("text number ").append(i * 7919L % 100_003).append('\n');
    }
    byte[] gz = gzip(csv.toString());
    return Reading.write(dir, name, java.util.Arrays.copyOf(gz, gz.length / 2));
  }

  private static void assertStopsAtTheLineReached(Path f) {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Reading.of(f));
    assertEquals(f.toString(), e.rejection().file());
    assertTrue(e.rejection().line() > 1, e.getMessage());
    assertTrue(e.getMessage().contains("truncated or corrupt"), e.getMessage());
  }

  @Test
  void recognisesJsonLinesEvenGzipped() throws Exception {
    String jsonl = "\n{\"id\":\"1\",\"account\":\"a\",\"time\":\"2019-08-12T03:04:05Z\",\"text\":\"hi\"}\n";
    Reading r = Reading.of(Reading.write(dir, "x.data", gzip(jsonl)));
    assertEquals(List.of("1"), r.ids());
    Reading mapped = Reading.of(dir.resolve("x.data"), Format.AUTO,
        ColumnMap.parse("account=account,text=text"));
    assertEquals(List.of("x:2"), mapped.ids(), "JSON Lines through a column map: no id mapped");
    assertTrue(mapped.notes.get(0).contains("JSON Lines through column map"),
        mapped.notes.toString());
  }

  @Test
  void recognisesChuaStateTrollSample() throws Exception {
    Reading r = Reading.of(Reading.write(dir, "st.csv",
        "\"tweetid\",\"user_display_name\",\"tweet_text\",\"clean_text\",\"troll_or_not\"\n"
            + "1189300879905755142,\"AbacusNews\",\"Hungry?\",\"Hungry\",0\n"));
    Post p = r.posts.get(0);
    assertEquals("1189300879905755142", p.id());
    assertEquals("AbacusNews", p.account().id());
    assertEquals(List.of("0"), p.labels());
    assertEquals(java.time.Instant.parse("2019-10-29T22:00:00.568Z"), p.time());
  }

  @Test
  void unknownHeaderListsItAndSuggestsMap() {
    Path f = Reading.write(dir, "odd.csv", "foo,bar\n1,2\n");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Reading.of(f));
    assertEquals(1, e.rejection().line());
    assertTrue(e.getMessage().contains("foo, bar") && e.getMessage().contains("--map"),
        e.getMessage());
  }

  @Test
  void csvFormatWithoutMapIsAnError() {
    Path f = Reading.write(dir, "ira.csv", IRA);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Reading.of(f, Format.CSV, null));
    assertTrue(e.getMessage().contains("--map"), e.getMessage());
  }

  @Test
  void missingFileAndEmptyFileAreClearErrors() {
    InvalidInputException missing = assertThrows(InvalidInputException.class,
        () -> Reading.of(dir.resolve("nope.csv")));
    assertEquals(dir.resolve("nope.csv") + ": no such file", missing.getMessage());
    Path empty = Reading.write(dir, "empty.csv", "");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Reading.of(empty));
    assertTrue(e.getMessage().contains("empty file"), e.getMessage());
  }

  @Test
  void severalFilesReadInOrderAsOneStream() throws Exception {
    Path a = Reading.write(dir, "a.csv", IRA);
    Path b = Reading.write(dir, "b.jsonl",
        "{\"id\":\"j1\",\"account\":\"a\",\"time\":\"2019-08-12T03:04:05Z\",\"text\":\"hi\"}\n");
    try (PostReader r = Datasets.open(List.of(a, b), Format.AUTO, null,
        RejectHandler.failFast())) {
      assertEquals("a:1", r.next().id());
      assertEquals("a:2", r.next().id());
      assertEquals("j1", r.next().id());
      assertEquals(null, r.next());
      assertTrue(r.notes().stream().anyMatch(n -> n.contains("russian-troll-tweets")));
    }
  }

  @Test
  void aBadLaterFileStopsBeforeAnyPostIsRead() {
    Path a = Reading.write(dir, "a.csv", IRA);
    Path b = Reading.write(dir, "b.csv", "foo,bar\n");
    assertThrows(InvalidInputException.class, () -> Datasets.open(List.of(a, b), Format.AUTO,
        null, RejectHandler.failFast()));
  }
}
