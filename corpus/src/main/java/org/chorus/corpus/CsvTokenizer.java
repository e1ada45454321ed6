package org.chorus.corpus;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipException;

/**
 * Splits a byte stream into CSV or TSV records (RFC 4180 quoting: a quote only opens a field
 * that starts with it) or plain lines, without decoding it: quotes,
 * separators and new lines are ASCII, so they can never be part of a multi-byte UTF-8 sequence.
 * Fields stay slices of one reusable buffer until asked for, which keeps memory constant and
 * the per-row cost low.
 *
 * <p>A malformed record (a quote that never closes, text after a closing quote, a field over
 * {@link #MAX_FIELD} bytes, a quoted field over {@link #MAX_LINES} lines) is returned once with
 * {@link #error()} set; reading then resumes at the line after the one the record started on,
 * so one stray quote costs one record, not the rest of the file.
 */
final class CsvTokenizer {
  static final int MAX_FIELD = 1 << 20;
  static final int MAX_LINES = 10_000;
  private static final int MAX_BUFFER = 4 << 20;
  private static final int NO_SEPARATOR = Integer.MIN_VALUE;

  private static final int DONE = 0, MORE = 1, BLANK = 2, BROKEN = 3;

  private final InputStream in;
  private final int separator;
  private final boolean quoting;
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;
  private long line = 1;
  private boolean started;

  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private boolean[] escaped = new boolean[32];
  private int count;
  private int recordStart;
  private int recordEnd;
  private int recordLines;
  private long recordLine;
  private String error;
  private int errorField;
  private String brokenExcerpt;
  private byte[] scratch = new byte[256];

  private CsvTokenizer(InputStream in, int separator, boolean quoting) {
    this.in = in;
    this.separator = separator;
    this.quoting = quoting;
  }

  static CsvTokenizer csv(InputStream in) {
    return new CsvTokenizer(in, ',', true);
  }

  /**
   * Tab-separated, quoted as CSV is: a field that starts with '"' runs to the matching quote
   * (pandas and spreadsheets write TSV so); a quote inside a field is plain text.
   */
  static CsvTokenizer tsv(InputStream in) {
    return new CsvTokenizer(in, '\t', true);
  }

  /** One field per physical line: for JSON Lines. */
  static CsvTokenizer lines(InputStream in) {
    return new CsvTokenizer(in, NO_SEPARATOR, false);
  }

  /**
   * {@link #next()} for a reader of {@code file}: compressed data that ends early or is corrupt
   * (a truncated download) stops the run as bad input naming the file and the line reached,
   * since nothing after it can be read.
   */
  boolean next(String file) throws IOException {
    try {
      return next();
    } catch (ZipException | EOFException e) {
      throw new InvalidInputException(file, line(), null,
          "compressed data is truncated or corrupt after this line (" + e.getMessage() + ")");
    }
  }

  /** Moves to the next record, skipping blank lines; false at the end of the input. */
  boolean next() throws IOException {
    error = null;
    brokenExcerpt = null;
    while (true) {
      if (pos == limit) {
        if (eof) return false;
        fill();
        continue;
      }
      if (!started && skipByteOrderMark()) continue;
      recordStart = pos;
      recordLine = line;
      int state = parse();
      switch (state) {
        case DONE -> {
          pos = recordEnd;
          line += recordLines;
          return true;
        }
        case BLANK -> {
          pos = recordEnd;
          line++;
        }
        case MORE -> {
          if (!fill()) {
            broken(count, "record longer than " + MAX_BUFFER / (1 << 20) + " MB");
            return true;
          }
        }
        default -> {
          return true; // BROKEN: error set, position moved past the record's first line
        }
      }
    }
  }

  // A UTF-8 byte order mark (Excel writes one) is not part of the first field; false once the
  // check is done, true when more bytes are needed to decide.
  private boolean skipByteOrderMark() throws IOException {
    if (limit - pos < 3 && !eof) {
      int before = limit;
      fill();
      if (limit > before) return true;
    }
    started = true;
    if (limit - pos >= 3 && (buf[pos] & 0xFF) == 0xEF && (buf[pos + 1] & 0xFF) == 0xBB
        && (buf[pos + 2] & 0xFF) == 0xBF) {
      pos += 3;
      return true;
    }
    return false;
  }

  /**
   * Rereads from the line after the current record's first line. For a record that split into
   * the wrong number of fields across lines: most likely a stray quote swallowed the lines that
   * follow, which deserve to be read as records of their own. Only before the next {@link #next}.
   */
  void rereadAfterFirstLine() {
    for (int q = recordStart; q < recordEnd - 1; q++) {
      if (buf[q] == '\n') {
        pos = q + 1;
        line = recordLine + 1;
        return;
      }
    }
  }

  /** Number of fields in the current record. */
  int fields() {
    return count;
  }

  /** The physical line (1-based) where the current record starts. */
  long line() {
    return recordLine;
  }

  /** Why the current record could not be split, or null when it is well formed. */
  String error() {
    return error;
  }

  /** The field (0-based) where splitting failed. */
  int errorField() {
    return errorField;
  }

  boolean isEmpty(int field) {
    return starts[field] == ends[field];
  }

  /** The field decoded as UTF-8; call {@link #firstInvalidUtf8Field()} first for strictness. */
  String field(int i) {
    int s = starts[i], e = ends[i];
    if (!escaped[i]) return new String(buf, s, e - s, StandardCharsets.UTF_8);
    if (scratch.length < e - s) scratch = new byte[e - s];
    int n = 0;
    for (int k = s; k < e; k++) {
      scratch[n++] = buf[k];
      if (buf[k] == '"') k++; // "" inside a quoted field stands for one quote
    }
    return new String(scratch, 0, n, StandardCharsets.UTF_8);
  }

  /** The first field holding bytes that are not strict UTF-8, or -1 when all are valid. */
  int firstInvalidUtf8Field() {
    int bad = Utf8.firstInvalid(buf, recordStart, recordEnd);
    if (bad < 0) return -1;
    for (int i = 0; i < count; i++) {
      if (bad < ends[i] + 1) return i; // +1: a closing quote belongs to its field
    }
    return Math.max(0, count - 1);
  }

  /** The start of the raw record, decoded leniently, for a person to recognise it. */
  String excerpt() {
    if (brokenExcerpt != null) return brokenExcerpt;
    return excerptOf(recordStart, recordEnd);
  }

  private String excerptOf(int from, int to) {
    int len = to - from;
    while (len > 0 && (buf[from + len - 1] == '\n' || buf[from + len - 1] == '\r')) len--;
    String s = new String(buf, from, Math.min(len, Rejection.MAX_EXCERPT * 4),
        StandardCharsets.UTF_8);
    if (len <= Rejection.MAX_EXCERPT && s.length() <= Rejection.MAX_EXCERPT) return s;
    return s.substring(0, Rejection.cut(s, Rejection.MAX_EXCERPT)) + "…(" + len + " bytes)";
  }

  // Splits the record starting at pos. Sets recordEnd, recordLines and the field slices; never
  // moves pos, so a record cut by the end of the buffer is parsed again once more is read.
  private int parse() throws IOException {
    final byte[] b = buf;
    final int lim = limit;
    final int sep = separator;
    int p = pos;
    int lines = 0;
    count = 0;
    if (b[p] == '\n' || (b[p] == '\r' && p + 1 < lim && b[p + 1] == '\n')) {
      recordEnd = b[p] == '\n' ? p + 1 : p + 2;
      return BLANK;
    }
    while (true) {
      if (quoting && p < lim && b[p] == '"') {
        int start = ++p;
        boolean esc = false;
        int end;
        while (true) {
          if (p >= lim) {
            if (p - start > MAX_FIELD) return broken(count, "field longer than 1 MB");
            if (!eof) return MORE;
            return broken(count, "quoted field never closes");
          }
          byte c = b[p];
          if (c == '"') {
            if (p + 1 >= lim && !eof) return MORE;
            if (p + 1 < lim && b[p + 1] == '"') {
              esc = true;
              p += 2;
              continue;
            }
            end = p++;
            break;
          }
          if (c == '\n' && ++lines > MAX_LINES) {
            return broken(count, "quoted field runs over " + MAX_LINES + " lines");
          }
          p++;
        }
        if (end - start > MAX_FIELD) return broken(count, "field longer than 1 MB");
        if (p >= lim) {
          if (!eof) return MORE;
          addField(start, end, esc);
          return done(p, lines);
        }
        byte c = b[p];
        if (c == sep) {
          addField(start, end, esc);
          p++;
          continue;
        }
        if (c == '\r' && p + 1 >= lim && !eof) return MORE;
        if (c == '\n' || (c == '\r' && (p + 1 >= lim || b[p + 1] == '\n'))) {
          addField(start, end, esc);
          int after = c == '\n' ? p + 1 : Math.min(p + 2, lim);
          return done(after, lines + 1);
        }
        return broken(count, "unexpected text after a closing quote");
      }
      int start = p;
      while (p < lim) {
        byte c = b[p];
        if (c == sep || c == '\n') break;
        p++;
      }
      if (p - start > MAX_FIELD) return broken(count, "field longer than 1 MB");
      if (p >= lim) {
        if (!eof) return MORE;
        addField(start, trimCr(start, p), false);
        return done(p, lines);
      }
      if (b[p] == '\n') {
        addField(start, trimCr(start, p), false);
        return done(p + 1, lines + 1);
      }
      addField(start, p, false);
      p++;
      if (p >= lim && eof) {
        addField(p, p, false); // a separator right before the end: one more, empty field
        return done(p, lines);
      }
    }
  }

  private int trimCr(int start, int end) {
    return end > start && buf[end - 1] == '\r' ? end - 1 : end;
  }

  private int done(int end, int lines) {
    recordEnd = end;
    recordLines = lines;
    return DONE;
  }

  private void addField(int start, int end, boolean esc) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
      escaped = Arrays.copyOf(escaped, count * 2);
    }
    starts[count] = start;
    ends[count] = end;
    escaped[count] = esc;
    count++;
  }

  // Records the error, then resumes at the line after the record's first line: either inside
  // the buffer or, for a first line longer than the buffer, after skipping to its end.
  private int broken(int field, String reason) throws IOException {
    error = reason;
    errorField = field;
    brokenExcerpt = excerptOf(recordStart, limit);
    count = 0;
    recordEnd = recordStart;
    line = recordLine + 1;
    for (int q = recordStart; q < limit; q++) {
      if (buf[q] == '\n') {
        pos = q + 1;
        return BROKEN;
      }
    }
    pos = limit;
    while (!eof) {
      fill();
      for (int q = pos; q < limit; q++) {
        if (buf[q] == '\n') {
          pos = q + 1;
          return BROKEN;
        }
      }
      pos = limit;
    }
    return BROKEN;
  }

  // Moves the unread bytes to the front and reads more; grows the buffer when a single record
  // fills it. False when the buffer is already at its cap (the record is too long).
  private boolean fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      if (buf.length >= MAX_BUFFER) return false;
      buf = Arrays.copyOf(buf, Math.min(buf.length * 2, MAX_BUFFER));
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
    return true;
  }
}
