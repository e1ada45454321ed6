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
import org.chorus.corpus.RejectsFile;
import org.apache.spark.util.LongAccumulator;

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
 * @param skipBad bad records are counted and set aside ({@code --on-error skip}); otherwise the
 *     first stops the job with its file, line and field
 * @param rejects where the first slice of each file (every slice reads every record) writes
 *     them, one file per input ({@code .N} appended when several); a path each executor can
 *     write, so a shared file system on a cluster. Null: counted only
 */
public record PostSource(List<String> files, String format, String columns, int slices,
    boolean skipBad, String rejects) implements Serializable {
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

  /** Every file read whole by one task, stopping at the first bad record. */
  public static PostSource of(List<String> files, int slices) {
    return new PostSource(files, null, null, slices, false, null);
  }

  /** @param rejected counts the bad records set aside */
  public <T> JavaRDD<T> map(SparkSession spark, LongAccumulator rejected, PartitionJob<T> job) {
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
    boolean skip = skipBad;
    String aside = rejects;
    int fileCount = files.size();
    return jsc.parallelize(slicesOf, slicesOf.size()).mapPartitions(it -> {
      long[] fs = it.next();
      boolean owner = fs[1] == 0;
      RejectsFile file = !skip ? RejectsFile.failFast()
          : owner && aside != null
              ? RejectsFile.at(Path.of(fileCount == 1 ? aside : aside + "." + fs[0]))
              : null;
      RejectHandler handler = file != null && !skip ? file : r -> {
        if (!owner) return;
        rejected.add(1);
        if (file != null) file.reject(r);
      };
      try (RejectsFile closing = file;
          Numbered r = new Slice(open(Path.of(names.get((int) fs[0])), fmt, cols, handler),
              fs[0], (int) fs[1], k)) {
        // The job consumes the reader before this returns: jobs collect their partition.
        return job.run(r);
      }
    }, false);
  }

  static PostReader open(Path file, String format, String columns, RejectHandler handler)
      throws IOException {
    return Datasets.open(file, format == null ? Format.AUTO : Format.parse(format),
        columns == null ? null : ColumnMap.parse(columns), handler);
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
