package org.chorus.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.chorus.corpus.ColumnMap;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.Format;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostJson;
import org.chorus.corpus.PostReader;
import org.chorus.corpus.RejectHandler;

/**
 * Where a job's posts come from, split into partitions that Chorus's own readers read: each
 * dataset file (IO-archive CSV, JSON Lines, mapped CSV; gzip too) is read by {@code slices}
 * tasks, task s keeping the blocks of {@link #BLOCK} records numbered s modulo slices, so one
 * large compressed file still spreads over the cores (each slice parses the whole file; reading
 * is a small part of labelling, see docs/benchmarks.md). Parquet files are read by Spark and
 * each row parsed as a Chorus JSON post.
 *
 * @param columns a column map spec ({@code id=ID,text=TEXT,...}), or null for the layout's own
 * @param slices tasks per dataset file
 */
public record PostSource(List<String> files, String format, String columns, int slices)
    implements Serializable {
  static final int BLOCK = 1024;

  /** A partition's work on its posts. */
  @FunctionalInterface
  public interface PartitionJob<T> extends Serializable {
    Iterator<T> run(Numbered posts) throws IOException;
  }

  /** A reader that also tells each post's place in the whole input. */
  public interface Numbered extends PostReader {
    /** The order of the post last returned: file, then record, so input order is kept. */
    long order();
  }

  public <T> JavaRDD<T> map(SparkSession spark, PartitionJob<T> job) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    if ("parquet".equalsIgnoreCase(format)) {
      JavaRDD<String> rows = spark.read().parquet(files.toArray(String[]::new)).toJSON()
          .javaRDD();
      return rows.mapPartitionsWithIndex((part, lines) -> job.run(jsonRows(part, lines)), false);
    }
    List<long[]> slicesOf = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      for (int s = 0; s < slices; s++) slicesOf.add(new long[] {f, s});
    }
    List<String> names = files;
    String fmt = format;
    String cols = columns;
    int k = slices;
    return jsc.parallelize(slicesOf, slicesOf.size()).mapPartitions(it -> {
      long[] fs = it.next();
      try (Numbered r = new Slice(open(Path.of(names.get((int) fs[0])), fmt, cols),
          fs[0], (int) fs[1], k)) {
        // The job consumes the reader before this returns: jobs collect their partition.
        return job.run(r);
      }
    }, false);
  }

  static PostReader open(Path file, String format, String columns) throws IOException {
    return Datasets.open(file, format == null ? Format.AUTO : Format.parse(format),
        columns == null ? null : ColumnMap.parse(columns), RejectHandler.failFast());
  }

  private static Numbered jsonRows(int part, Iterator<String> lines) {
    return new Numbered() {
      long n;

      @Override
      public Post next() {
        if (!lines.hasNext()) return null;
        n++;
        return PostJson.read(lines.next(), "parquet partition " + part, n);
      }

      @Override
      public long line() {
        return n;
      }

      @Override
      public long order() {
        return ((long) part << 40) | n;
      }

      @Override
      public void close() {}
    };
  }

  /** The blocks of one file that belong to one slice. */
  private static final class Slice implements Numbered {
    private final PostReader in;
    private final long file;
    private final int slice;
    private final int slices;
    private long record = -1;

    Slice(PostReader in, long file, int slice, int slices) {
      this.in = in;
      this.file = file;
      this.slice = slice;
      this.slices = slices;
    }

    @Override
    public Post next() throws IOException {
      for (Post p = in.next(); p != null; p = in.next()) {
        record++;
        if ((record / BLOCK) % slices == slice) return p;
      }
      return null;
    }

    @Override
    public long line() {
      return in.line();
    }

    @Override
    public long order() {
      return (file << 40) | record;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
