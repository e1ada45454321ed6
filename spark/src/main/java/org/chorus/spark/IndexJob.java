package org.chorus.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.chorus.app.DatasetFiles;
import org.chorus.app.IndexRequest;
import org.chorus.app.IndexResult;
import org.chorus.app.Indexing;
import org.chorus.app.Progress;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostJson;

/**
 * {@code chorus spark index}: one Lucene index shard per partition, each built by
 * {@link Indexing#index} (the same document builder and indexer as {@code chorus index}) from
 * the partition's posts, staged as Chorus JSON Lines in the task's scratch folder. Shards are
 * {@code OUT/shard-NNNNN}; search, dupes and serve open them together with
 * {@code --index OUT/shard-00000,OUT/shard-00001,...}, and {@code chorus merge} makes one index
 * of them. OUT must be a folder every executor can write (a shared file system).
 */
public final class IndexJob {
  private IndexJob() {}

  /** Shards written, and posts and bad records over all of them. */
  public record Result(List<String> shards, long posts, long rejected) {}

  public static Result run(SparkSession spark, PostSource source, Path out) throws IOException {
    Files.createDirectories(out);
    LongAccumulator rejected = spark.sparkContext().longAccumulator("rejected");
    String root = out.toAbsolutePath().toString();
    List<String> shards = source.map(spark, rejected, posts -> {
      int part = org.apache.spark.TaskContext.getPartitionId();
      Path staged = Files.createTempFile("chorus-shard", ".jsonl");
      try {
        try (BufferedWriter w = Files.newBufferedWriter(staged, StandardCharsets.UTF_8)) {
          for (Post p = posts.next(); p != null; p = posts.next()) {
            w.write(PostJson.write(p));
            w.write('\n');
          }
        }
        Path shard = Path.of(root, String.format("shard-%05d", part));
        IndexResult r = new Indexing().index(new IndexRequest(DatasetFiles.of(List.of(staged)),
            shard, 1, 64), Progress.NONE);
        return List.of(shard + "\t" + r.postsInIndex()).iterator();
      } finally {
        Files.deleteIfExists(staged);
      }
    }).collect();
    long n = 0;
    List<String> names = shards.stream().sorted(Comparator.naturalOrder()).toList();
    for (String s : names) n += Long.parseLong(s.substring(s.indexOf('\t') + 1));
    return new Result(names.stream().map(s -> s.substring(0, s.indexOf('\t'))).toList(), n,
        rejected.value());
  }
}
