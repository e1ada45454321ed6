package org.chorus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad record is rejected with file, line, field and reason, and reading goes on
 * with the right next post; read = returned + rejected.
 */
class BadInputTest {
  static final ColumnMap MAP = ColumnMap.parse("id=id,account=user,time=time,text=text");
  static final String HEADER = "id,user,time,text\n";

  @TempDir Path dir;

  private Reading read(String body) throws Exception {
    return Reading.of(Reading.write(dir, "bad.csv", HEADER + body), Format.CSV, MAP);
  }

  private Path file() {
    return dir.resolve("bad.csv");
  }

  @Test
  void quoteThatNeverClosesCostsOneRecordNotTheRestOfTheFile() throws Exception {
    Reading r = read("1,a,2019-08-12 03:04,fine\n"
        + "2,b,2019-08-12 03:05,\"opened and never closed\n"
        + "3,c,2019-08-12 03:06,next\n"
        + "4,d,2019-08-12 03:07,last\n");
    Rejection bad = r.onlyRejection();
    assertEquals(file().toString(), bad.file());
    assertEquals(3, bad.line());
    assertEquals("text", bad.field());
    assertEquals("quoted field never closes", bad.reason());
    assertTrue(bad.excerpt().startsWith("2,b,2019-08-12 03:05,\"opened"), bad.excerpt());
    assertEquals(List.of("1", "REJECT:3", "3", "4"), r.sequence);
    r.assertAccounted(4);
  }

  @Test
  void textAfterClosingQuoteIsRejectedAndTheNextLineRead() throws Exception {
    Reading r = read("1,a,2019-08-12 03:04,\"quoted\"tail\n2,b,2019-08-12 03:05,ok\n");
    Rejection bad = r.onlyRejection();
    assertEquals(2, bad.line());
    assertEquals("text", bad.field());
    assertEquals("unexpected text after a closing quote", bad.reason());
    assertEquals(List.of("REJECT:2", "2"), r.sequence);
  }

  @Test
  void quotedFieldSpanningLinesKeepsLineNumbersRight() throws Exception {
    Reading r = read("1,a,2019-08-12 03:04,\"two\nlines, \"\"quoted\"\"\"\n"
        + "2,b,2019-08-12 03:05,\n"
        + "3,c,2019-08-12 03:06,ok\n");
    assertEquals("two\nlines, \"quoted\"", r.posts.get(0).text());
    Rejection bad = r.onlyRejection();
    assertEquals(4, bad.line(), "record 2 starts on physical line 4");
    assertEquals("text", bad.field());
    assertEquals("missing or empty", bad.reason());
    assertEquals(List.of("1", "REJECT:4", "3"), r.sequence);
  }

  @Test
  void strayQuoteThatClosesLinesLaterDoesNotSwallowThem() throws Exception {
    Reading r = read("1,a,2019-08-12 03:04,\"hello\n"
        + "2,b,2019-08-12 03:05,world\",extra\n"
        + "3,c,2019-08-12 03:06,ok\n");
    assertEquals(List.of("REJECT:2", "REJECT:3", "3"), r.sequence);
    assertEquals("expected 4 fields, found 5", r.rejections.get(0).reason());
    assertEquals("expected 4 fields, found 5", r.rejections.get(1).reason());
    r.assertAccounted(3);
  }

  @Test
  void unparsableTimeIsRejected() throws Exception {
    Reading r = read("1,a,yesterday,hello\n2,b,2019-08-12 03:05,ok\n");
    Rejection bad = r.onlyRejection();
    assertEquals(2, bad.line());
    assertEquals("time", bad.field());
    assertTrue(bad.reason().contains("unparsable time 'yesterday'"), bad.reason());
    assertEquals(List.of("REJECT:2", "2"), r.sequence);
  }

  @Test
  void missingAccountIsRejected() throws Exception {
    Reading r = read("1,,2019-08-12 03:04,hello\n2,b,2019-08-12 03:05,ok\n");
    assertEquals("user", r.onlyRejection().field());
    assertEquals("missing", r.onlyRejection().reason());
    assertEquals(List.of("REJECT:2", "2"), r.sequence);
  }

  @Test
  void invalidUtf8RejectsOnlyThatRow() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes((HEADER + "1,a,2019-08-12 03:04,caf").getBytes(StandardCharsets.UTF_8));
    out.write(0xE9); // Latin-1 é: not UTF-8
    out.writeBytes("\n2,b,2019-08-12 03:05,香港\n".getBytes(StandardCharsets.UTF_8));
    Reading r = Reading.of(Reading.write(dir, "bad.csv", out.toByteArray()), Format.CSV, MAP);
    Rejection bad = r.onlyRejection();
    assertEquals(2, bad.line());
    assertEquals("text", bad.field());
    assertEquals("invalid UTF-8", bad.reason());
    assertEquals("香港", r.posts.get(0).text());
    r.assertAccounted(2);
  }

  @Test
  void overlongAndSurrogateEncodingsAreInvalid() {
    byte[] overlong = {(byte) 0xC0, (byte) 0xAF};
    byte[] surrogate = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
    byte[] truncated = {'a', (byte) 0xE9, (byte) 0xA6};
    byte[] valid = "a香港😀".getBytes(StandardCharsets.UTF_8);
    assertEquals(0, Utf8.firstInvalid(overlong, 0, 2));
    assertEquals(0, Utf8.firstInvalid(surrogate, 0, 3));
    assertEquals(1, Utf8.firstInvalid(truncated, 0, 3));
    assertEquals(-1, Utf8.firstInvalid(valid, 0, valid.length));
  }

  @Test
  void tenMegabyteQuotedFieldIsRejectedAndReadingContinues() throws Exception {
    String huge = "x".repeat(10 << 20);
    Reading r = read("1,a,2019-08-12 03:04,\"" + huge + "\"\n2,b,2019-08-12 03:05,after\n");
    Rejection bad = r.onlyRejection();
    assertEquals(2, bad.line());
    assertEquals("text", bad.field());
    assertEquals("field longer than 1 MB", bad.reason());
    assertTrue(bad.excerpt().length() < 400, "excerpt is cut short");
    assertEquals(List.of("REJECT:2", "2"), r.sequence);
    assertEquals("after", r.posts.get(0).text());
  }

  @Test
  void tenMegabyteUnquotedFieldIsRejectedAndReadingContinues() throws Exception {
    String huge = "y".repeat(10 << 20);
    Reading r = read("1,a,2019-08-12 03:04," + huge + "\n2,b,2019-08-12 03:05,after\n");
    assertEquals("field longer than 1 MB", r.onlyRejection().reason());
    assertEquals(List.of("REJECT:2", "2"), r.sequence);
  }

  @Test
  void wrongColumnCountIsRejected() throws Exception {
    Reading r = read("1,a,2019-08-12 03:04,hello,extra\n2,b,2019-08-12 03:05\n"
        + "3,c,2019-08-12 03:06,ok\n");
    assertEquals(2, r.rejections.size());
    assertEquals("expected 4 fields, found 5", r.rejections.get(0).reason());
    assertNull(r.rejections.get(0).field());
    assertEquals(3, r.rejections.get(1).line());
    assertEquals("expected 4 fields, found 3", r.rejections.get(1).reason());
    assertEquals(List.of("REJECT:2", "REJECT:3", "3"), r.sequence);
  }

  @Test
  void badFlagIsRejected() throws Exception {
    ColumnMap map = ColumnMap.parse("id=id,account=user,time=time,text=text,retweet=rt");
    Path f = Reading.write(dir, "rt.csv", "id,user,time,text,rt\n"
        + "1,a,2019-08-12 03:04,x,maybe\n2,b,2019-08-12 03:04,y,1\n");
    Reading r = Reading.of(f, Format.CSV, map);
    assertEquals("rt", r.onlyRejection().field());
    assertTrue(r.posts.get(0).retweet());
  }

  @Test
  void manyBadRowsAllCountedAndGoodOnesKept() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      body.append(i).append(",u,").append(i % 3 == 0 ? "bad-time" : "2019-08-12 03:04")
          .append(",t").append(i).append('\n');
    }
    Reading r = read(body.toString());
    assertEquals(100, r.rejections.size());
    assertEquals(200, r.posts.size());
    r.assertAccounted(300);
  }

  @Test
  void failFastStopsAtTheFirstBadRecordNamingFileLineField() {
    Path f = Reading.write(dir, "bad.csv", HEADER + "1,a,2019-08-12 03:04,ok\n2,b,never,x\n");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> {
      try (PostReader r = Datasets.open(f, Format.CSV, MAP, RejectHandler.failFast())) {
        assertEquals("1", r.next().id());
        r.next();
      }
    });
    assertEquals(3, e.rejection().line());
    assertEquals("time", e.rejection().field());
    assertTrue(e.getMessage().startsWith(f + ":3: time: unparsable time"), e.getMessage());
  }
}
