package org.chorus.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.chorus.app.TimeWindows;
import org.chorus.corpus.InvalidInputException;
import org.chorus.dupes.Cluster;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.RetweetMode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code chorus spark label|dupes|index}: the batch jobs on Apache Spark. Run embedded with
 * {@code --master local[N]} (./chorus spark ...), or by {@code spark-submit --class
 * org.chorus.spark.ChorusSpark chorus-spark.jar ...} on a cluster, whose master then comes from
 * spark-submit. Prints one JSON summary line; exit 0 done, 1 failed, 2 bad usage or input.
 */
@Command(name = "chorus spark", mixinStandardHelpOptions = true,
    subcommands = {ChorusSpark.Label.class, ChorusSpark.Dupes.class, ChorusSpark.Index.class},
    description = "Run Chorus batch jobs on Apache Spark.")
public final class ChorusSpark {
  static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** Where posts come from and where Spark runs. */
  static final class Common {
    @Option(names = "--master", paramLabel = "URL",
        description = "Spark master, e.g. local[2]; default: spark-submit's, else local[*].")
    String master;

    @Option(names = "--input", required = true, split = ",", paramLabel = "FILE",
        description = "Dataset files (CSV, TSV, JSON Lines, gzip too) or Parquet files.")
    List<String> input;

    @Option(names = "--format", paramLabel = "FORMAT",
        description = "auto (default), a dataset layout, or parquet.")
    String format;

    @Option(names = "--columns", paramLabel = "MAP", description = "Column map, e.g. "
        + "id=ID,account=USER,time=DATE,text=TEXT.")
    String columns;

    @Option(names = "--slices", defaultValue = "0", paramLabel = "N",
        description = "Tasks per dataset file; 0: the cores over the files, at least 1.")
    int slices;

    @Option(names = "--on-error", defaultValue = "skip", paramLabel = "skip|fail",
        description = "skip (default): count bad records and go on; fail: stop at the first.")
    String onError;

    @Option(names = "--rejects", paramLabel = "FILE",
        description = "Write bad records here (a path every executor can write).")
    String rejects;

    SparkSession session() {
      SparkSession.Builder b = SparkSession.builder().appName("chorus")
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", "false");
      if (master != null) {
        b.master(master);
      } else if (System.getProperty("spark.master") == null) {
        b.master("local[*]");
      }
      return b.getOrCreate();
    }

    PostSource source(SparkSession spark) {
      int k = slices;
      if (k <= 0) {
        int cores = spark.sparkContext().defaultParallelism();
        k = Math.max(1, (cores + input.size() - 1) / input.size());
      }
      if (!onError.equals("skip") && !onError.equals("fail")) {
        throw new IllegalArgumentException("--on-error must be skip or fail: " + onError);
      }
      return new PostSource(input, format, columns, k, onError.equals("skip"), rejects);
    }
  }

  @Command(name = "label", mixinStandardHelpOptions = true,
      description = "Label datasets with a narrative model into a folder of JSON Lines or "
          + "Parquet part files.")
  static final class Label implements Callable<Integer> {
    @Mixin Common common;

    @Option(names = "--model", required = true, paramLabel = "FILE") Path model;

    @Option(names = "--output", required = true, paramLabel = "DIR") String output;

    @Option(names = "--parquet", description = "Write Parquet instead of JSON Lines.")
    boolean parquet;

    @Override
    public Integer call() throws Exception {
      long start = System.nanoTime();
      try (SparkSession spark = common.session()) {
        LabelJob.Result r = LabelJob.run(spark, common.source(spark), model, output, parquet);
        summary(Map.of("type", "summary", "posts", r.posts(), "rejected", r.rejected(),
            "output", output,
            "seconds", seconds(start)));
      }
      return 0;
    }
  }

  @Command(name = "dupes", mixinStandardHelpOptions = true,
      description = "Copy-paste clusters of datasets, as chorus dupes finds them in an index.")
  static final class Dupes implements Callable<Integer> {
    @Mixin Common common;

    @Option(names = "--threshold", defaultValue = "0.6") double threshold;

    @Option(names = "--min-accounts", defaultValue = "2") int minAccounts;

    @Option(names = "--min-words", defaultValue = "3") int minWords;

    @Option(names = "--window", defaultValue = "none", paramLabel = "DURATION") String window;

    @Option(names = "--retweets", defaultValue = "exclude",
        description = "exclude (default), include or only.") String retweets;

    @Option(names = "--output", paramLabel = "FILE",
        description = "Write the clusters here as JSON Lines (default: standard output).")
    Path output;

    @Override
    public Integer call() throws Exception {
      long start = System.nanoTime();
      DuplicateFinder.Options options = new DuplicateFinder.Options(threshold, minAccounts,
          TimeWindows.parse(window), null,
          RetweetMode.valueOf(retweets.toUpperCase(java.util.Locale.ROOT)), minWords);
      try (SparkSession spark = common.session()) {
        DupesJob.Result r = DupesJob.run(spark, common.source(spark), options);
        try (PrintWriter out = output == null
            ? new PrintWriter(System.out, false)
            : new PrintWriter(java.nio.file.Files.newBufferedWriter(output))) {
          for (Cluster c : r.clusters()) out.println(JSON.writeValueAsString(c));
        }
        summary(Map.of("type", "summary", "posts", r.posts(), "groups", r.groups(),
            "candidate_pairs", r.candidatePairs(), "verified_pairs", r.verifiedPairs(),
            "clusters", r.clusters().size(), "rejected", r.rejected(),
            "seconds", seconds(start)));
      }
      return 0;
    }
  }

  @Command(name = "index", mixinStandardHelpOptions = true,
      description = "Build one index shard per partition in OUT (open them together with "
          + "--index OUT/shard-00000,... or merge them with chorus merge).")
  static final class Index implements Callable<Integer> {
    @Mixin Common common;

    @Option(names = "--index", required = true, paramLabel = "OUT") Path out;

    @Override
    public Integer call() throws Exception {
      long start = System.nanoTime();
      try (SparkSession spark = common.session()) {
        IndexJob.Result r = IndexJob.run(spark, common.source(spark), out);
        summary(Map.of("type", "summary", "posts", r.posts(), "rejected", r.rejected(),
            "shards", String.join(",", r.shards()), "seconds", seconds(start)));
      }
      return 0;
    }
  }

  private static double seconds(long start) {
    return Math.round((System.nanoTime() - start) / 1e6) / 1e3;
  }

  private static void summary(Map<String, Object> fields) throws Exception {
    System.err.println(JSON.writeValueAsString(new java.util.TreeMap<>(fields)));
  }

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new ChorusSpark());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      Throwable t = e;
      while (t.getCause() != null && !(t instanceof InvalidInputException)) t = t.getCause();
      System.err.println("chorus spark: " + t.getMessage());
      return t instanceof InvalidInputException || t instanceof IllegalArgumentException ? 2 : 1;
    });
    System.exit(cli.execute(args));
  }
}
