package org.chorus.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.chorus.app.Narratives;

/**
 * {@code chorus spark label}: the model file's bytes broadcast, each partition labelled by
 * {@link Narratives#labelPosts} (the code of {@code chorus label}), written as JSON Lines (one
 * {@link org.chorus.app.PostLabels} per line, as {@code chorus label} writes them) or Parquet.
 */
public final class LabelJob {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("labels", DataTypes.createArrayType(DataTypes.StringType), false)
      .add("scores", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType), false);

  private LabelJob() {}

  /** Labelled posts as JSON Lines, one partition per input slice. */
  public static JavaRDD<String> labels(SparkSession spark, PostSource source, Path model,
      LongAccumulator rejected) throws IOException {
    Broadcast<byte[]> file = JavaSparkContext.fromSparkContext(spark.sparkContext())
        .broadcast(Files.readAllBytes(model));
    return source.map(spark, rejected, posts -> {
      List<String> out = new ArrayList<>();
      // One labelling thread per task: Spark gives each core its own task.
      Narratives.labelPosts(Models.of(file), posts, 1,
          labels -> out.add(JSON.writeValueAsString(labels)));
      return out.iterator();
    });
  }

  /** Posts labelled and bad records set aside. */
  public record Result(long posts, long rejected) {}

  /** Writes the labels to {@code output}, a folder of part files. */
  public static Result run(SparkSession spark, PostSource source, Path model, String output,
      boolean parquet) throws IOException {
    LongAccumulator rejected = spark.sparkContext().longAccumulator("rejected");
    JavaRDD<String> lines = labels(spark, source, model, rejected).cache();
    if (parquet) {
      spark.read().schema(SCHEMA).json(spark.createDataset(lines.rdd(), Encoders.STRING()))
          .write().parquet(output);
    } else {
      lines.saveAsTextFile(output);
    }
    long n = lines.count();
    lines.unpersist();
    return new Result(n, rejected.value());
  }
}
