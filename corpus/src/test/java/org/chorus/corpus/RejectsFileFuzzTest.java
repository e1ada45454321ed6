package org.chorus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rejects writer takes any text: 100,000 random rejections (emoji, cut surrogate pairs,
 * lone surrogates, control characters, line and paragraph separators, noncharacters) all end up
 * as one well-formed JSON object per line of valid UTF-8, each holding what was passed with only
 * the lone surrogates replaced ('?', what UTF-8 cannot carry).
 */
class RejectsFileFuzzTest {
  private static final int RECORDS = 100_000;
  @TempDir Path dir;

  @Test
  void anyTextIsWrittenAsOneValidJsonLine() throws Exception {
    SplittableRandom random = new SplittableRandom(14);
    Path path = dir.resolve("fuzz.rejects.jsonl");
    List<Rejection> sent = new ArrayList<>(RECORDS);
    try (RejectsFile r = RejectsFile.at(path)) {
      for (int i = 0; i < RECORDS; i++) {
        String field = random.nextInt(10) == 0 ? null : text(random, 20);
        Rejection rej = new Rejection(text(random, 40), random.nextLong(0, Long.MAX_VALUE),
            field, text(random, 80), Rejection.excerpt(text(random, 260)));
        sent.add(rej);
        r.reject(rej);
      }
      assertEquals(RECORDS, r.count());
    }
    ObjectMapper mapper = new ObjectMapper();
    int n = 0;
    // A strict decoder: a malformed byte in the file is an error here, not a replacement.
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      for (String line; (line = in.readLine()) != null; n++) {
        Rejection want = sent.get(n);
        JsonNode got = mapper.readTree(line);
        assertEquals(5, got.size(), line);
        assertEquals(carried(want.file()), got.get("file").asText(), "line " + (n + 1));
        assertEquals(want.line(), got.get("line").asLong());
        if (want.field() == null) {
          assertTrue(got.get("field").isNull());
        } else {
          assertEquals(carried(want.field()), got.get("field").asText());
        }
        assertEquals(carried(want.reason()), got.get("reason").asText());
        assertEquals(carried(want.excerpt()), got.get("excerpt").asText());
      }
    } catch (CharacterCodingException e) {
      throw new AssertionError("the rejects file is not valid UTF-8 at line " + (n + 1), e);
    }
    assertEquals(RECORDS, n);
  }

  @Test
  void anEmojiPostIsWrittenWhole() throws Exception {
    Path path = dir.resolve("emoji.rejects.jsonl");
    String post = "Hong Kong 🇭🇰 stand with us 🙏🏻👍 #香港 👨‍👩‍👧";
    try (RejectsFile r = RejectsFile.at(path)) {
      r.reject(new Rejection("tweets.csv", 2, "tweet_time", "unparsable time '🙏'",
          Rejection.excerpt(post)));
    }
    JsonNode got = new ObjectMapper().readTree(Files.readString(path));
    assertEquals(post, got.get("excerpt").asText());
    assertEquals("unparsable time '🙏'", got.get("reason").asText());
  }

  @Test
  void anExcerptCutInsideAnEmojiKeepsWholeCharacters() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 10_000; i++) {
      StringBuilder b = new StringBuilder();
      while (b.length() < Rejection.MAX_EXCERPT + 5) {
        b.appendCodePoint(random.nextBoolean() ? 'a' : 0x1F600 + random.nextInt(80));
      }
      String excerpt = Rejection.excerpt(b);
      String kept = excerpt.substring(0, excerpt.indexOf('…'));
      assertEquals(kept, carried(kept), "no half pair in " + kept);
      assertTrue(b.toString().startsWith(kept));
    }
  }

  /** What a string becomes in a UTF-8 file: each lone surrogate is replaced by '?'. */
  private static String carried(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? '?' : c);
      }
    }
    return b.toString();
  }

  /** Random text from a mix of hard cases, up to {@code max} chars. */
  private static String text(SplittableRandom random, int max) {
    int length = random.nextInt(max + 1);
    StringBuilder b = new StringBuilder(length + 2);
    while (b.length() < length) {
      switch (random.nextInt(9)) {
        case 0 -> b.append((char) random.nextInt(0x20)); // control characters, NUL, CR, LF
        case 1 -> b.appendCodePoint(0x1F300 + random.nextInt(0x700)); // emoji
        case 2 -> b.append((char) (0xD800 + random.nextInt(0x800))); // a lone surrogate
        case 3 -> b.append(random.nextBoolean() ? '\u2028' : '\u2029');
        case 4 -> b.append("\"\\/{}[],:".charAt(random.nextInt(9)));
        case 5 -> b.append(random.nextBoolean() ? '\uFFFE' : '\uFEFF');
        case 6 -> b.appendCodePoint(random.nextInt(0x10FFFF + 1)); // any code point
        case 7 -> b.append((char) (0x4E00 + random.nextInt(0x5000))); // CJK
        default -> b.append((char) (0x20 + random.nextInt(0x5F)));
      }
    }
    return b.toString();
  }
}
