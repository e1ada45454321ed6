package org.chorus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines in a foreign schema read through a column map ({@code --map}). */
class MappedJsonTest {
  @TempDir Path dir;

  @Test
  void readsNumbersBooleansAndArraysByTheMappedNames() throws Exception {
    Path f = Reading.write(dir, "foreign.jsonl",
        "{\"key\":\"p1\",\"user\":42,\"body\":\"Hello #ignored\",\"when\":\"2019-08-12 03:04:05\","
            + "\"language\":\"English\",\"tags\":[\"#hk\",\"police\"],\"links\":\"a.com b.com\","
            + "\"rt\":true,\"theme\":[\"coup\",\" \",\"west\"],\"extra\":{\"nested\":[1]},"
            + "\"stance\":\"pro\"}\n"
            + "{\"key\":7,\"user\":\"u2\",\"body\":\"Hi @bob\",\"when\":1565579045,"
            + "\"language\":null,\"rt\":0,\"theme\":null,\"tags\":[]}\n");
    ColumnMap map = ColumnMap.parse("id=key,account=user,text=body,time=when,lang=language,"
        + "hashtags=tags,urls=links,mentions=at,retweet=rt,label=theme,label=stance");
    Reading r = Reading.of(f, Format.AUTO, map);
    assertEquals(List.of(), r.rejections);
    Post a = r.posts.get(0);
    assertEquals("p1", a.id());
    assertEquals("42", a.account().id(), "a number is read as the text it is written as");
    assertEquals("Hello #ignored", a.text());
    assertEquals(Instant.parse("2019-08-12T03:04:05Z"), a.time());
    assertEquals("en", a.lang());
    assertEquals(List.of("hk", "police"), a.hashtags(), "array items normalised as CSV lists");
    assertEquals(List.of("a.com", "b.com"), a.urls(), "a string is split as a CSV list is");
    assertEquals(List.of(), a.mentions(), "a mapped field absent from the object: empty");
    assertTrue(a.retweet());
    assertEquals(List.of("coup", "west", "pro"), a.labels(), "arrays and strings, blanks dropped");
    Post b = r.posts.get(1);
    assertEquals("7", b.id());
    assertEquals(Instant.ofEpochSecond(1565579045), b.time());
    assertNull(b.lang(), "null is absent");
    assertFalse(b.retweet());
    assertEquals(List.of(), b.labels());
    assertEquals(List.of(), b.mentions(), "a mapped mentions field is not taken from the text");
    assertTrue(r.notes.get(0).contains("JSON Lines through column map"), r.notes.toString());
  }

  @Test
  void synthesisesIdsFromLineNumbersAndTimesFromTweetIds() throws Exception {
    Path f = Reading.write(dir, "diary.v1.jsonl.gz.jsonl",
        "{\"who\":\"a\",\"text\":\"one\"}\n\n{\"who\":\"b\",\"text\":\"two\"}\n");
    Reading r = Reading.of(f, Format.JSONL, ColumnMap.parse("account=who,text=text"));
    assertEquals(List.of("diary.v1.jsonl.gz:1", "diary.v1.jsonl.gz:3"), r.ids());
    assertEquals(Instant.EPOCH, r.posts.get(1).time());
    assertTrue(r.notes.stream().anyMatch(n -> n.contains("no id field")), r.notes.toString());
    assertTrue(r.notes.stream().anyMatch(n -> n.contains("no time field") && n.contains(" 2 posts")),
        r.notes.toString());

    Path tweets = Reading.write(dir, "t.jsonl",
        "{\"tid\":\"1189300879905755142\",\"who\":\"a\",\"text\":\"one\"}\n");
    Reading t = Reading.of(tweets, Format.AUTO, ColumnMap.parse("id=tid,account=who,text=text"));
    assertTrue(t.posts.get(0).time().isAfter(Instant.parse("2019-10-01T00:00:00Z")),
        "a snowflake id carries its time, as in CSV");
  }

  @Test
  void badValuesAreRejectedNamingFileLineAndFieldAndReadingGoesOn() throws Exception {
    Path f = Reading.write(dir, "bad.jsonl", String.join("\n",
        "{\"k\":\"1\",\"u\":\"a\",\"t\":\"fine\",\"d\":\"2019-08-12\"}",
        "{\"k\":\"2\",\"u\":\"a\",\"body\":\"typo\"}",
        "{\"k\":\"3\",\"u\":\"a\",\"t\":null}",
        "{\"k\":\"4\",\"u\":{\"id\":1},\"t\":\"x\"}",
        "{\"k\":\"5\",\"u\":[\"a\",\"b\"],\"t\":\"x\"}",
        "{\"k\":\"6\",\"u\":\"a\",\"t\":\"x\",\"h\":[[\"nested\"]]}",
        "{\"k\":\"7\",\"u\":\"a\",\"t\":\"x\",\"d\":\"09/12/2021\"}",
        "{\"u\":\"a\",\"t\":\"x\"}",
        "{\"k\":\"9\",\"u\":\"a\",",
        "[\"k\"]",
        "{\"k\":\"11\",\"u\":\"a\",\"t\":\"fine\",\"d\":\"2019-08-12\"}") + "\n");
    Reading r = Reading.of(f, Format.JSONL,
        ColumnMap.parse("id=k,account=u,text=t,time=d,hashtags=h"));
    r.assertAccounted(11);
    assertEquals(List.of("1", "11"), r.ids());
    List<String> where = r.rejections.stream().map(x -> x.line() + ":" + x.field()).toList();
    assertEquals(List.of("2:t", "3:t", "4:u", "5:u", "6:h", "7:d", "8:k", "9:null", "10:null"),
        where);
    for (Rejection x : r.rejections) assertEquals(f.toString(), x.file());
    assertEquals("missing or empty (no such field; the object has: k, u, body)",
        r.rejections.get(0).reason(), "an absent field says which fields there are");
    assertEquals("missing or empty", r.rejections.get(1).reason(), "null is present: no hint");
    assertTrue(r.rejections.get(2).reason().contains("found an object"));
    assertTrue(r.rejections.get(3).reason().contains("found an array"));
    assertTrue(r.rejections.get(4).reason().contains("in the array"));
    assertEquals("unparsable time '09/12/2021'", r.rejections.get(5).reason());
    assertTrue(r.rejections.get(6).reason().startsWith("missing"), "a mapped id must be there");
    assertTrue(r.rejections.get(7).reason().startsWith("malformed JSON"));
    assertEquals("not a JSON object", r.rejections.get(8).reason());
  }

  @Test
  void failFastStopsAtTheFirstBadLineNamingIt() throws Exception {
    Path f = Reading.write(dir, "ff.jsonl", "{\"u\":\"a\",\"t\":\"ok\"}\n{\"u\":\"a\"}\n");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> {
      try (PostReader r = Datasets.open(f, Format.JSONL, ColumnMap.parse("account=u,text=t"),
          RejectHandler.failFast())) {
        while (r.next() != null) {
          // read to the end
        }
      }
    });
    assertEquals(2, e.rejection().line());
    assertEquals("t", e.rejection().field());
  }

  @Test
  void aMapWithoutAccountOrTextFailsAtOpen() throws Exception {
    Path f = Reading.write(dir, "m.jsonl", "{\"u\":\"a\",\"t\":\"ok\"}\n");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Reading.of(f, Format.AUTO, ColumnMap.parse("id=u,text=t")));
    assertEquals(f.toString(), e.rejection().file());
    assertTrue(e.getMessage().contains("'account'"), e.getMessage());
  }
}
