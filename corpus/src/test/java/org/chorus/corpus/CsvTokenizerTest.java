package org.chorus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTokenizerTest {
  static List<List<String>> records(CsvTokenizer t) throws IOException {
    List<List<String>> out = new ArrayList<>();
    while (t.next()) {
      List<String> r = new ArrayList<>();
      if (t.error() != null) r.add("ERROR@" + t.line() + ":" + t.error());
      for (int i = 0; i < t.fields(); i++) r.add(t.field(i));
      out.add(r);
    }
    return out;
  }

  static InputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void crlfEmptyFieldsAndNoFinalNewline() throws IOException {
    assertEquals(List.of(List.of("a", "", "c"), List.of("", "\"q\"", ""), List.of("x", "y", "")),
        records(CsvTokenizer.csv(in("a,,c\r\n,\"\"\"q\"\"\",\r\n\r\nx,y,"))));
  }

  @Test
  void byteOrderMarkIsNotPartOfTheFirstField() throws IOException {
    assertEquals(List.of(List.of("tweetid", "text"), List.of("1", "a")),
        records(CsvTokenizer.csv(in("\uFEFF\"tweetid\",text\n1,a\n"))));
    assertEquals(List.of(List.of("\uFEFF")), records(CsvTokenizer.csv(in("\uFEFF\uFEFF"))),
        "only a mark at the very start is dropped");
  }

  @Test
  void lineNumbersAreWhereRecordsStart() throws IOException {
    CsvTokenizer t = CsvTokenizer.csv(in("h\n\n\"a\nb\"\nc\n"));
    assertTrue(t.next());
    assertEquals(1, t.line());
    assertTrue(t.next());
    assertEquals(3, t.line());
    assertEquals("a\nb", t.field(0));
    assertTrue(t.next());
    assertEquals(5, t.line());
    assertFalse(t.next());
  }

  @Test
  void recordsAcrossBufferBoundariesSplitTheSame() throws IOException {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      s.append(i).append(",\"text, with ").append("é".repeat(i % 7)).append("\"\"\"\n");
    }
    // A stream that hands out a few bytes at a time puts record ends everywhere.
    InputStream trickle = new ByteArrayInputStream(s.toString().getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 7));
      }
    };
    CsvTokenizer t = CsvTokenizer.csv(trickle);
    for (int i = 0; i < 20_000; i++) {
      assertTrue(t.next());
      assertNull(t.error());
      assertEquals(String.valueOf(i), t.field(0));
      assertEquals("text, with " + "é".repeat(i % 7) + "\"", t.field(1));
      assertEquals(i + 1, t.line());
    }
    assertFalse(t.next());
  }

  @Test
  void randomRecordsRoundTripThroughRfcQuoting() throws IOException {
    java.util.Random random = new java.util.Random(42);
    String alphabet = "ab,\"\n\r 香😀\t'";
    List<List<String>> written = new ArrayList<>();
    StringBuilder csv = new StringBuilder();
    List<Long> startLines = new ArrayList<>();
    long line = 1;
    for (int r = 0; r < 2000; r++) {
      List<String> rec = new ArrayList<>();
      int fields = 1 + random.nextInt(5);
      startLines.add(line);
      for (int f = 0; f < fields; f++) {
        StringBuilder v = new StringBuilder();
        for (int k = random.nextInt(8); k > 0; k--) {
          v.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
              random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
        }
        String value = v.toString();
        if (fields == 1 && value.isEmpty()) value = "x"; // an empty line is no record
        rec.add(value);
        if (f > 0) csv.append(',');
        boolean quote = value.matches("(?s).*[,\"\n\r].*") || random.nextBoolean();
        csv.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
        line += value.chars().filter(c -> c == '\n').count();
      }
      csv.append(random.nextBoolean() ? "\n" : "\r\n");
      line++;
      written.add(rec);
    }
    CsvTokenizer t = CsvTokenizer.csv(in(csv.toString()));
    for (int r = 0; r < written.size(); r++) {
      assertTrue(t.next(), "record " + r);
      assertNull(t.error(), "record " + r);
      List<String> read = new ArrayList<>();
      for (int i = 0; i < t.fields(); i++) read.add(t.field(i));
      assertEquals(written.get(r), read, "record " + r);
      assertEquals(startLines.get(r), t.line(), "record " + r);
    }
    assertFalse(t.next());
  }

  @Test
  void quotedFieldOverTenThousandLinesIsBrokenAndResyncs() throws IOException {
    String body = "1,\"open\n" + "x\n".repeat(10_001) + "2,end\n";
    List<List<String>> recs = records(CsvTokenizer.csv(in(body)));
    assertEquals("ERROR@1:quoted field runs over 10000 lines", recs.get(0).get(0));
    assertEquals(10_001, recs.stream().filter(r -> r.equals(List.of("x"))).count());
    assertEquals(List.of("2", "end"), recs.get(recs.size() - 1));
  }
}
