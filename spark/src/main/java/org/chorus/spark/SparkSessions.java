package org.chorus.spark;

import java.util.List;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.sql.SparkSession;

/** The session every job runs in: no UI, Kryo for shuffled and cached data. */
final class SparkSessions {
  /** What the jobs shuffle or cache; registered, Kryo writes a number instead of a class name. */
  static final List<Class<?>> SHUFFLED = List.of(DupesJob.Group.class, DupesJob.Banded.class,
      DupesJob.Verified.class, long[].class, int[].class, byte[].class, float[].class,
      String[].class);

  private SparkSessions() {}

  static SparkSession.Builder builder(String app) {
    return SparkSession.builder().appName(app)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        // Java serialization of the dupes job's groups took most of its time (docs/benchmarks.md).
        .config("spark.serializer", KryoSerializer.class.getName())
        // No shuffled or cached value refers to itself or shares parts across records: without
        // reference tracking Kryo keeps no identity map (-12% CPU in dupes on 400k IRA lines).
        .config("spark.kryo.referenceTracking", "false")
        .config("spark.kryo.classesToRegister",
            String.join(",", SHUFFLED.stream().map(Class::getName).toList()));
  }
}
