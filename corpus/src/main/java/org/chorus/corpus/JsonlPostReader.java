package org.chorus.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * Posts from a JSON Lines file, one object per line, decoded by the project's schema
 * ({@link PostJson}) or through a column map ({@link MappedJson}).
 */
final class JsonlPostReader implements PostReader {

  /** Turns one line into a post. */
  interface Decoder {
    /** @throws InvalidInputException naming the field when the line is not a valid post */
    Post decode(String line, long lineNo);

    /** What the decoder had to assume so far, for {@link PostReader#notes()}. */
    List<String> notes();

    /** Values left out of the post decoded last (rounded ids), without excerpts. */
    default List<Rejection> dropped() {
      return List.of();
    }
  }

  private final String file;
  private final CsvTokenizer lines;
  private final Closeable source;
  private final RejectHandler rejects;
  private final Decoder decoder;

  JsonlPostReader(String file, CsvTokenizer lines, Closeable source, RejectHandler rejects,
      Decoder decoder) {
    this.file = file;
    this.lines = lines;
    this.source = source;
    this.rejects = rejects;
    this.decoder = decoder;
  }

  /** The decoder for the project's own schema. */
  static Decoder projectSchema(String file, List<String> notes) {
    List<String> fixed = List.copyOf(notes);
    LongAdder undated = new LongAdder();
    LongAdder roundedLinks = new LongAdder();
    List<Rejection> dropped = new ArrayList<>();
    return new Decoder() {
      @Override
      public Post decode(String line, long lineNo) {
        dropped.clear();
        return PostJson.read(line, file, lineNo, undated::increment, d -> {
          roundedLinks.increment();
          dropped.add(d);
        });
      }

      @Override
      public List<Rejection> dropped() {
        return dropped;
      }

      @Override
      public List<String> notes() {
        if (undated.sum() == 0 && roundedLinks.sum() == 0) return fixed;
        List<String> all = new ArrayList<>(fixed);
        if (roundedLinks.sum() > 0) {
          all.add(file + ": " + String.format(Locale.ROOT, "%,d", roundedLinks.sum())
              + " retweet, reply or quote ids were rounded to floating point; they would link"
              + " unrelated posts, so they were dropped");
        }
        if (undated.sum() == 0) return all;
        all.add(file + ": " + String.format(Locale.ROOT, "%,d", undated.sum()) + " posts have"
            + " no time and no Twitter id to take one from; they got " + MappedPosts.NO_TIME);
        return all;
      }
    };
  }

  @Override
  public List<String> notes() {
    return decoder.notes();
  }

  @Override
  public Post next() throws IOException {
    while (lines.next(file)) {
      if (lines.error() != null) {
        reject(null, lines.error().replace("field", "line"));
        continue;
      }
      if (lines.firstInvalidUtf8Field() >= 0) {
        reject(null, "invalid UTF-8");
        continue;
      }
      String line = lines.field(0);
      if (lines.line() == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
      if (line.isBlank()) continue;
      try {
        Post post = decoder.decode(line, lines.line());
        for (Rejection d : decoder.dropped()) {
          rejects.setAside(new Rejection(d.file(), d.line(), d.field(), d.reason(),
              lines.excerpt()));
        }
        return post;
      } catch (InvalidInputException e) {
        Rejection r = e.rejection();
        reject(r.field(), r.reason());
      }
    }
    return null;
  }

  private void reject(String field, String reason) {
    rejects.reject(new Rejection(file, lines.line(), field, reason, lines.excerpt()));
  }

  @Override
  public long line() {
    return lines.line();
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
