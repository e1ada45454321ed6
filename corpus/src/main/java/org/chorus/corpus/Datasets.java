package org.chorus.corpus;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Opens dataset files as streams of posts: the one entry point the commands use.
 *
 * <p>gzip is recognised by its magic bytes, whatever the file is called. {@link Format#AUTO}
 * reads the first line: JSON Lines when it starts with '{'; else a CSV (TSV when the header
 * holds a tab) whose header is matched against the built-in layouts ({@link Layouts}); with a
 * column map, any CSV/TSV. TSV is quoted as CSV is (a field starting with '"' is quoted). A
 * column map applies to JSON Lines too: its columns are then the objects' top-level field names.
 */
public final class Datasets {
  private static final int BUFFER = 1 << 16;

  private Datasets() {}

  /**
   * Opens one file.
   *
   * @param columns the column map for {@link Format#CSV} (and to override the built-in layout
   *     of other CSV files, or the project schema of JSON Lines); may be null
   * @param rejects receives every record that cannot be read as a post
   * @throws InvalidInputException when the file cannot be read at all (missing, unknown layout,
   *     mapped column absent from the header), naming the file
   */
  public static PostReader open(Path file, Format format, ColumnMap columns,
      RejectHandler rejects) throws IOException {
    String name = file.toString();
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(name, 0, null, Files.exists(file)
          ? "not a regular file" : "no such file");
    }
    InputStream in = decompressed(file);
    try {
      return open(name, stem(file), in, format, columns, rejects);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * Opens several files as one stream, in order. Every file is checked first (exists, header
   * readable, columns present) so a bad tenth file stops the run before the first is read.
   */
  public static PostReader open(List<Path> files, Format format, ColumnMap columns,
      RejectHandler rejects) throws IOException {
    if (files.isEmpty()) throw new IllegalArgumentException("no input files");
    requireFiles(files);
    if (files.size() == 1) return open(files.get(0), format, columns, rejects);
    // Several files: check every header now, so a bad last file stops the run before any post.
    for (Path f : files) {
      open(f, format, columns, rejects).close();
    }
    return new SequenceReader(files, f -> open(f, format, columns, rejects));
  }

  /**
   * Stops at the first input that is missing or not a regular file, naming it: commands call
   * this before they create any output, so a typo in a path leaves nothing behind.
   */
  public static void requireFiles(List<Path> files) {
    for (Path p : files) {
      if (!Files.isRegularFile(p)) {
        throw new InvalidInputException(p.toString(), 0, null,
            Files.exists(p) ? "not a regular file" : "no such file");
      }
    }
  }

  /**
   * True when {@code file} is a users file: a CSV/TSV whose header has the account columns of
   * Twitter's information-operations users files and no tweet columns. Reads the header only.
   *
   * @throws InvalidInputException when the file cannot be read at all, naming it
   */
  public static boolean isUsersFile(Path file) throws IOException {
    requireFiles(List.of(file));
    try (InputStream raw = decompressed(file)) {
      BufferedInputStream in = raw instanceof BufferedInputStream b ? b
          : new BufferedInputStream(raw, BUFFER);
      Sniff sniff = Sniff.of(in, BUFFER);
      if (sniff.json()) return false;
      CsvTokenizer rows = sniff.tab() ? CsvTokenizer.tsv(in) : CsvTokenizer.csv(in);
      if (!rows.next(file.toString()) || rows.error() != null) return false;
      List<String> header = new ArrayList<>();
      for (int i = 0; i < rows.fields(); i++) {
        String h = rows.field(i).strip();
        header.add(i == 0 && h.startsWith("\uFEFF") ? h.substring(1).strip() : h);
      }
      return UsersCsvReader.recognises(header);
    }
  }

  /**
   * Opens a users file ({@link #isUsersFile}) as a stream of account records, gzip or not; rows
   * that cannot be read go to {@code rejects} with file, line, field and reason.
   *
   * @throws InvalidInputException when the file is missing, unreadable or not a users file
   */
  public static AccountReader openAccounts(Path file, RejectHandler rejects) throws IOException {
    requireFiles(List.of(file));
    String name = file.toString();
    InputStream raw = decompressed(file);
    try {
      BufferedInputStream in = raw instanceof BufferedInputStream b ? b
          : new BufferedInputStream(raw, BUFFER);
      Sniff sniff = Sniff.of(in, BUFFER);
      CsvTokenizer rows = sniff.tab() ? CsvTokenizer.tsv(in) : CsvTokenizer.csv(in);
      List<String> header = header(name, rows);
      if (!UsersCsvReader.recognises(header)) {
        throw new InvalidInputException(name, 1, null, "not a users file: the header needs "
            + String.join(", ", UsersCsvReader.REQUIRED) + " and no tweet columns; header is: "
            + String.join(", ", header));
      }
      return new UsersCsvReader(name, rows, in, header, rejects);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  static PostReader open(String name, String stem, InputStream raw, Format format,
      ColumnMap columns, RejectHandler rejects) throws IOException {
    BufferedInputStream in = raw instanceof BufferedInputStream b ? b
        : new BufferedInputStream(raw, BUFFER);
    Sniff sniff = Sniff.of(in, BUFFER);
    Format chosen = format;
    if (format == Format.AUTO) chosen = sniff.json() ? Format.JSONL : null;
    if (chosen == Format.JSONL) {
      JsonlPostReader.Decoder decoder = columns == null
          ? JsonlPostReader.projectSchema(name,
              List.of(name + ": read as JSON Lines (Chorus schema)"))
          : MappedJson.of(name, stem, columns);
      return new JsonlPostReader(name, CsvTokenizer.lines(in), in, rejects, decoder);
    }
    CsvTokenizer rows = sniff.tab() ? CsvTokenizer.tsv(in) : CsvTokenizer.csv(in);
    List<String> header = header(name, rows);
    if (columns == null && UsersCsvReader.recognises(header)) {
      throw new InvalidInputException(name, 1, null, "this is a users file (one row per account:"
          + " " + String.join(", ", UsersCsvReader.REQUIRED) + "...), not posts; chorus index"
          + " reads it beside the tweets file and stores the accounts with the index");
    }
    Layouts.Layout layout = columns != null
        ? new Layouts.Layout("column map " + columns, List.of(), columns)
        : Layouts.choose(name, header, chosen);
    ColumnMap.Bound bound = layout.columns().bind(header, name);
    return new CsvPostReader(name, stem, rows, in, header, bound, rejects, layout.name());
  }

  private static List<String> header(String file, CsvTokenizer rows) throws IOException {
    if (!rows.next(file)) throw new InvalidInputException(file, 1, null, "empty file: no header");
    if (rows.error() != null) {
      throw new InvalidInputException(file, 1, null, "unreadable header: " + rows.error());
    }
    if (rows.firstInvalidUtf8Field() >= 0) {
      throw new InvalidInputException(file, 1, null, "header is not valid UTF-8");
    }
    List<String> header = new ArrayList<>(rows.fields());
    for (int i = 0; i < rows.fields(); i++) {
      String h = rows.field(i).strip();
      if (i == 0 && h.startsWith("\uFEFF")) h = h.substring(1).strip();
      header.add(h);
    }
    return List.copyOf(header);
  }

  private static InputStream decompressed(Path file) throws IOException {
    BufferedInputStream in;
    try {
      in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    } catch (FileSystemException e) {
      throw InvalidInputException.cannotRead(file, e);
    }
    in.mark(2);
    int b1 = in.read(), b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      try {
        return new BufferedInputStream(new HandsOverBeforeFailing(new GZIPInputStream(in, BUFFER)),
            BUFFER);
      } catch (IOException e) {
        in.close();
        throw new InvalidInputException(file.toString(), 0, null,
            "looks like gzip but cannot be decompressed: " + e.getMessage());
      }
    }
    return in;
  }

  /**
   * Decompressed data that reaches the reader up to the last byte before a truncation or
   * corruption, so the reader can name the line it reached. A {@link BufferedInputStream} keeps
   * reading while {@code available()} promises more and drops what it gathered in that call when
   * a later read throws; this stream never promises.
   */
  private static final class HandsOverBeforeFailing extends FilterInputStream {
    HandsOverBeforeFailing(InputStream in) {
      super(in);
    }

    @Override
    public int available() {
      return 0;
    }
  }

  /** The name used for synthesised ids: the file name without .gz and its extension. */
  static String stem(Path file) {
    String n = file.getFileName().toString();
    if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
    int dot = n.lastIndexOf('.');
    return dot > 0 ? n.substring(0, dot) : n;
  }

  /** What the first bytes say: JSON (first non-blank byte '{') and tab in the first line. */
  private record Sniff(boolean json, boolean tab) {
    static Sniff of(BufferedInputStream in, int size) throws IOException {
      in.mark(size);
      byte[] b = new byte[size];
      int n = 0;
      try {
        while (n < size) {
          int r = in.read(b, n, size - n);
          if (r < 0) break;
          n += r;
        }
      } catch (ZipException | EOFException truncated) {
        // Decide from the bytes there are: the reader meets the same failure again where the
        // data ends, and reports it with the line it reached.
      }
      in.reset();
      int i = 0;
      if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) i = 3;
      while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) i++;
      boolean json = i < n && b[i] == '{';
      boolean tab = false;
      for (int k = i; k < n && b[k] != '\n'; k++) {
        if (b[k] == '\t') {
          tab = true;
          break;
        }
      }
      return new Sniff(json, tab);
    }
  }
}
