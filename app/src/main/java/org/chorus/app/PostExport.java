package org.chorus.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chorus.corpus.Post;
import org.chorus.index.IndexedPost;
import org.chorus.index.PostIndex;

/**
 * Posts chosen by {@link Investigation#export}, written on demand: the search has run (and any
 * error in the request been thrown) before a byte is written, and posts are read one at a time
 * as they are written, so memory stays flat whatever the limit.
 */
public final class PostExport {
  /** The columns, and the keys of each JSON object, in order. */
  public static final List<String> COLUMNS = List.of("id", "account", "screen_name", "time",
      "lang", "labels", "narratives", "text");
  private static final JsonFactory JSON = new JsonFactory();

  private final PostIndex index;
  private final int[] docs;
  private final ExportRequest.Format format;

  PostExport(PostIndex index, int[] docs, ExportRequest.Format format) {
    this.index = index;
    this.docs = docs.clone();
    this.format = format;
  }

  /** Posts the file will hold. */
  public int size() {
    return docs.length;
  }

  public ExportRequest.Format format() {
    return format;
  }

  /** A name for the file: {@code chorus-posts.csv} or {@code chorus-posts.jsonl}. */
  public String fileName() {
    return "chorus-posts." + format.extension();
  }

  /** Writes every post to {@code out}, UTF-8, and flushes it; {@code out} stays open. */
  public void writeTo(OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if (format == ExportRequest.Format.CSV) csv(w);
    else jsonl(w);
    w.flush();
  }

  private void csv(Writer w) throws IOException {
    CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180);
    csv.printRecord(COLUMNS);
    for (int doc : docs) {
      IndexedPost p = index.get(doc);
      Post post = p.post();
      csv.printRecord(cell(post.id()), cell(post.account().id()),
          cell(post.account().screenName()), post.time() == null ? "" : post.time().toString(),
          cell(post.lang()), cell(String.join(";", post.labels())),
          cell(String.join(";", p.narratives())), cell(post.text()));
    }
    csv.flush();
  }

  /**
   * A cell a spreadsheet takes as text: one starting with = + - @ or a tab or carriage return
   * would be run as a formula, so it gets a leading apostrophe (OWASP's advice for CSV).
   */
  static String cell(String s) {
    if (s == null || s.isEmpty()) return "";
    char c = s.charAt(0);
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
  }

  private void jsonl(Writer w) throws IOException {
    try (JsonGenerator g = JSON.createGenerator(w)
        .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)) {
      g.setRootValueSeparator(null);
      for (int doc : docs) {
        IndexedPost p = index.get(doc);
        Post post = p.post();
        g.writeStartObject();
        g.writeStringField("id", post.id());
        g.writeStringField("account", post.account().id());
        g.writeStringField("screen_name", post.account().screenName());
        g.writeStringField("time", post.time() == null ? null : post.time().toString());
        g.writeStringField("lang", post.lang());
        strings(g, "labels", post.labels());
        strings(g, "narratives", p.narratives());
        g.writeStringField("text", post.text());
        g.writeEndObject();
        g.flush();
        w.write('\n');
      }
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) g.writeString(v);
    g.writeEndArray();
  }
}
