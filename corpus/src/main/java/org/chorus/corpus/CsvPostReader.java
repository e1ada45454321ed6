package org.chorus.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Posts from a CSV/TSV file through a bound {@link ColumnMap}: Twitter archives, the IRA
 * tweets and any mapped file. Each data row is one post or one rejection; {@link MappedPosts}
 * interprets the fields.
 */
final class CsvPostReader implements PostReader {
  private final String file;
  private final CsvTokenizer rows;
  private final Closeable source;
  private final List<String> header;
  private final ColumnMap.Bound cols;
  private final RejectHandler rejects;
  private final MappedPosts posts;
  private final Row current = new Row();
  private long row;

  CsvPostReader(String file, String stem, CsvTokenizer rows, Closeable source,
      List<String> header, ColumnMap.Bound cols, RejectHandler rejects, String layout) {
    this.file = file;
    this.rows = rows;
    this.source = source;
    this.header = header;
    this.cols = cols;
    this.rejects = rejects;
    this.posts = new MappedPosts(file, stem, cols.targets(), layout, "column", "data row number");
  }

  @Override
  public Post next() throws IOException {
    while (rows.next(file)) {
      row++;
      Post post = toPost();
      if (post != null) return post;
    }
    return null;
  }

  @Override
  public long line() {
    return rows.line();
  }

  @Override
  public List<String> notes() {
    return posts.notes();
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
      Post post = posts.build(current, row);
      for (MappedPosts.Dropped d : posts.dropped()) {
        rejects.setAside(new Rejection(file, rows.line(), header.get(cols.of(d.target())),
            d.reason(), rows.excerpt()));
      }
      return post;
    } catch (MappedPosts.BadField e) {
      return reject(header.get(cols.of(e.target)), e.reason);
    }
  }

  private Post reject(String field, String reason) {
    rejects.reject(new Rejection(file, rows.line(), field, reason, rows.excerpt()));
    return null;
  }

  private String columnName(int field) {
    return field >= 0 && field < header.size() ? header.get(field) : null;
  }

  /** The tokenizer's current row through the bound columns. */
  private final class Row implements MappedFields {
    @Override
    public String raw(ColumnMap.Target t) {
      int c = cols.of(t);
      if (c < 0) return null;
      return rows.isEmpty(c) ? "" : rows.field(c);
    }

    @Override
    public List<String> list(ColumnMap.Target t) {
      String v = raw(t);
      return v == null ? null : ListField.parse(v);
    }

    @Override
    public List<String> labels() {
      List<String> labels = new ArrayList<>(cols.labels().length);
      for (int c : cols.labels()) {
        if (!rows.isEmpty(c)) {
          String v = rows.field(c).strip();
          if (!v.isEmpty()) labels.add(v);
        }
      }
      return labels;
    }
  }
}
