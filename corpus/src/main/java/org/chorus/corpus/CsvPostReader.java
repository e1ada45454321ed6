package org.chorus.corpus;

import static org.chorus.corpus.ColumnMap.Target.ACCOUNT;
import static org.chorus.corpus.ColumnMap.Target.HASHTAGS;
import static org.chorus.corpus.ColumnMap.Target.ID;
import static org.chorus.corpus.ColumnMap.Target.LANG;
import static org.chorus.corpus.ColumnMap.Target.MENTIONS;
import static org.chorus.corpus.ColumnMap.Target.QUOTE_OF;
import static org.chorus.corpus.ColumnMap.Target.REPLY_TO;
import static org.chorus.corpus.ColumnMap.Target.RETWEET;
import static org.chorus.corpus.ColumnMap.Target.RETWEET_OF;
import static org.chorus.corpus.ColumnMap.Target.SCREEN_NAME;
import static org.chorus.corpus.ColumnMap.Target.TEXT;
import static org.chorus.corpus.ColumnMap.Target.TIME;
import static org.chorus.corpus.ColumnMap.Target.URLS;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;
import java.util.Locale;

/**
 * Posts from a CSV/TSV file through a bound {@link ColumnMap}: Twitter archives, the IRA
 * tweets and any mapped file. Each data row is one post or one rejection.
 */
final class CsvPostReader implements PostReader {
  /** The time given to posts when the file has no time column and the id carries none. */
  static final Instant NO_TIME = Instant.EPOCH;

  private final String file;
  private final String stem;
  private final CsvTokenizer rows;
  private final Closeable source;
  private final List<String> header;
  private final ColumnMap.Bound cols;
  private final RejectHandler rejects;
  private final List<String> notes;
  private long row;
  private long undated;

  CsvPostReader(String file, String stem, CsvTokenizer rows, Closeable source,
      List<String> header, ColumnMap.Bound cols, RejectHandler rejects, String layout) {
    this.file = file;
    this.stem = stem;
    this.rows = rows;
    this.source = source;
    this.header = header;
    this.cols = cols;
    this.rejects = rejects;
    this.notes = notes(file, stem, cols, layout);
  }

  private static List<String> notes(String file, String stem, ColumnMap.Bound cols,
      String layout) {
    List<String> notes = new ArrayList<>();
    notes.add(file + ": read as " + layout);
    if (!cols.has(ID)) {
      notes.add(file + ": no id column; ids are " + stem + ":<data row number>");
    }
    if (!cols.has(HASHTAGS) || !cols.has(URLS) || !cols.has(MENTIONS)) {
      notes.add(file + ": hashtags, links and mentions without a column are taken from the text");
    }
    return List.copyOf(notes);
  }

  @Override
  public Post next() throws IOException {
    while (advance()) {
      row++;
      Post post = toPost();
      if (post != null) return post;
    }
    return null;
  }

  // A truncated download ends in the middle of a gzip stream: that stops the run (nothing after
  // it can be read) with the file named, not an I/O stack trace.
  private boolean advance() throws IOException {
    try {
      return rows.next();
    } catch (ZipException | EOFException e) {
      throw new InvalidInputException(file, rows.line(), null,
          "compressed data is truncated or corrupt after this line (" + e.getMessage() + ")");
    }
  }

  @Override
  public long line() {
    return rows.line();
  }

  @Override
  public List<String> notes() {
    if (cols.has(TIME)) return notes;
    List<String> all = new ArrayList<>(notes);
    all.add(file + ": no time column; times come from the Twitter (snowflake) ids; "
        + String.format(Locale.ROOT, "%,d", undated) + " posts whose id carries no time got "
        + NO_TIME);
    return all;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }

  private Post toPost() {
    if (rows.error() != null) {
      return reject(columnName(rows.errorField()), rows.error());
    }
    if (rows.fields() != header.size()) {
      reject(null, "expected " + header.size() + " fields, found " + rows.fields());
      rows.rereadAfterFirstLine();
      return null;
    }
    int bad = rows.firstInvalidUtf8Field();
    if (bad >= 0) return reject(header.get(bad), "invalid UTF-8");
    try {
      return build();
    } catch (BadField e) {
      return reject(header.get(e.column), e.reason);
    }
  }

  private Post reject(String field, String reason) {
    rejects.reject(new Rejection(file, rows.line(), field, reason, rows.excerpt()));
    return null;
  }

  private String columnName(int field) {
    return field >= 0 && field < header.size() ? header.get(field) : null;
  }

  private Post build() {
    String text = raw(TEXT);
    if (text == null || text.isBlank()) throw new BadField(cols.of(TEXT), "missing or empty");
    String account = required(ACCOUNT);
    String id = cols.has(ID) ? required(ID) : stem + ":" + row;
    Instant time = time(id);
    Post.Builder b = Post.builder(id, new Account(account, value(SCREEN_NAME)), time, text)
        .lang(Languages.normalise(raw(LANG)))
        .hashtags(cols.has(HASHTAGS) ? ListField.parse(raw(HASHTAGS)) : Entities.hashtags(text))
        .urls(cols.has(URLS) ? ListField.parse(raw(URLS)) : Entities.urls(text))
        .mentions(cols.has(MENTIONS) ? ListField.parse(raw(MENTIONS)) : Entities.mentions(text))
        .retweet(flag(RETWEET))
        .retweetOf(value(RETWEET_OF))
        .replyTo(value(REPLY_TO))
        .quoteOf(value(QUOTE_OF));
    if (cols.labels().length > 0) b.labels(labels());
    return b.build();
  }

  private Instant time(String id) {
    if (!cols.has(TIME)) {
      Instant fromId = TweetIds.time(id);
      if (fromId != null) return fromId;
      undated++;
      return NO_TIME;
    }
    String raw = required(TIME);
    Instant t = Times.parse(raw);
    if (t == null) {
      throw new BadField(cols.of(TIME), "unparsable time '" + Rejection.excerpt(raw) + "'");
    }
    return t;
  }

  private List<String> labels() {
    List<String> labels = new ArrayList<>(cols.labels().length);
    for (int c : cols.labels()) {
      if (!rows.isEmpty(c)) {
        String v = rows.field(c).strip();
        if (!v.isEmpty()) labels.add(v);
      }
    }
    return labels;
  }

  /** The field as written, or null when the column is not mapped. */
  private String raw(ColumnMap.Target t) {
    int c = cols.of(t);
    if (c < 0) return null;
    return rows.isEmpty(c) ? "" : rows.field(c);
  }

  /** The trimmed field, or null when not mapped or empty. */
  private String value(ColumnMap.Target t) {
    String v = raw(t);
    if (v == null) return null;
    v = v.strip();
    return v.isEmpty() ? null : v;
  }

  private String required(ColumnMap.Target t) {
    String v = value(t);
    if (v == null) throw new BadField(cols.of(t), "missing");
    return v;
  }

  private boolean flag(ColumnMap.Target t) {
    String v = value(t);
    if (v == null || v.equals("0")) return false;
    if (v.equals("1")) return true;
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "1", "true", "t", "yes", "y", "r" -> true;
      case "0", "false", "f", "no", "n" -> false;
      default -> throw new BadField(cols.of(t), "expected 0/1 or true/false, found '"
          + Rejection.excerpt(v) + "'");
    };
  }

  /** A field that cannot be read; cheap (no stack trace) because bad files have many. */
  private static final class BadField extends RuntimeException {
    final int column;
    final String reason;

    BadField(int column, String reason) {
      super(reason, null, false, false);
      this.column = column;
      this.reason = reason;
    }
  }
}
