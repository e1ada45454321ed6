package org.chorus.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a run puts the records it could not read: one JSON object per line,
 * {@code {"file","line","field","reason","excerpt"}}, by convention beside the output as
 * {@code <output>.rejects.jsonl} ({@link #beside}). The file is created at the first rejection
 * only; a stale one from an earlier run is removed on close when this run rejected nothing, so
 * the file on disk always describes the last run ({@link #abandon} leaves it to the run that
 * owns it). Thread-safe: indexing threads share one.
 *
 * <p>In fail-fast mode ({@code --on-error fail}) the first rejection throws
 * {@link InvalidInputException} instead, and nothing is written.
 */
public final class RejectsFile implements RejectHandler, Closeable {
  private static final JsonFactory JSON = new JsonFactory();

  private final Path path;
  private final boolean failFast;
  private long count;
  private long setAside;
  private BufferedWriter out;
  private JsonGenerator json;
  private boolean closed;

  private RejectsFile(Path path, boolean failFast) {
    this.path = path;
    this.failFast = failFast;
  }

  /** Writes rejections to {@code path} and lets the run go on. */
  public static RejectsFile at(Path path) {
    return new RejectsFile(path, false);
  }

  /** Stops the run at the first rejection, as {@link RejectHandler#failFast()}. */
  public static RejectsFile failFast() {
    return new RejectsFile(null, true);
  }

  /** The conventional place for the rejects of a run writing {@code output}. */
  public static Path beside(Path output) {
    Path name = output.getFileName();
    return output.resolveSibling((name == null ? "out" : name.toString()) + ".rejects.jsonl");
  }

  @Override
  public synchronized void reject(Rejection r) {
    if (closed) {
      // A late rejection would otherwise reopen (and truncate) the file or be lost unseen.
      throw new IllegalStateException("rejection after the rejects file " + path
          + " was closed: " + r.file() + " line " + r.line() + ": " + r.reason());
    }
    count++;
    if (failFast) throw new InvalidInputException(r);
    write(r, false);
  }

  /**
   * Writes a value dropped from a kept post, as a rejection with {@code "kept": true}; not
   * counted in {@link #count()}. In fail-fast mode it is only counted: the post was fine.
   */
  @Override
  public synchronized void setAside(Rejection r) {
    if (closed) {
      throw new IllegalStateException("set-aside value after the rejects file " + path
          + " was closed: " + r.file() + " line " + r.line() + ": " + r.reason());
    }
    setAside++;
    if (!failFast) write(r, true);
  }

  /** Values dropped from kept posts so far ({@link #setAside}). */
  public synchronized long setAsideCount() {
    return setAside;
  }

  private void write(Rejection r, boolean kept) {
    try {
      if (json == null) {
        // Beside an output whose folder may not exist yet: created, as AtomicFile does.
        Files.createDirectories(path.toAbsolutePath().getParent());
        // Replacing, not refusing, what UTF-8 cannot encode: a lone surrogate (a "\ud83d"
        // escape in JSON, an emoji cut in half) is part of why a record is bad, and must not
        // stop the run that sets it aside.
        out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path),
            StandardCharsets.UTF_8));
        json = JSON.createGenerator(out);
        // Buffered like any output; one flush per rejection costs a system call each.
        json.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        json.setRootValueSeparator(null);
      }
      json.writeStartObject();
      json.writeStringField("file", r.file());
      json.writeNumberField("line", r.line());
      json.writeStringField("field", r.field());
      json.writeStringField("reason", r.reason());
      json.writeStringField("excerpt", r.excerpt());
      if (kept) json.writeBooleanField("kept", true);
      json.writeEndObject();
      json.flush();
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write rejects file " + path, e);
    }
  }

  /** Rejections received so far. */
  public synchronized long count() {
    return count;
  }

  /** Where rejections go; null in fail-fast mode. */
  public Path path() {
    return path;
  }

  /** True when this run wrote the file (there was at least one rejection). */
  public synchronized boolean written() {
    return json != null;
  }

  /**
   * Closes, but leaves a file this run did not write as it is: for a run refused before it read
   * anything, whose output (and this file with it) belongs to another run.
   */
  public synchronized void abandon() throws IOException {
    if (json != null) close();
    closed = true;
  }

  @Override
  public synchronized void close() throws IOException {
    if (closed) return;
    closed = true;
    if (json != null) {
      json.close();
      out.close();
    } else if (path != null) {
      Files.deleteIfExists(path);
    }
  }
}
