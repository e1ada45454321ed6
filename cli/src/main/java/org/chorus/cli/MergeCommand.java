package org.chorus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.chorus.app.Indexing;
import org.chorus.index.IndexMissingException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chorus merge}: several indexes (e.g. Spark shards) into one. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Copy the posts of several indexes (e.g. the shards of chorus spark index) "
        + "into one index folder.")
public final class MergeCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, paramLabel = "DIR",
      description = "The index to create or add to.")
  private Path index;

  @Option(names = "--from", required = true, split = ",", paramLabel = "DIR",
      description = "Indexes to copy, comma-separated.")
  private List<Path> from;

  @Mixin private JsonOption json;

  @Override
  public Integer call() throws IOException {
    int posts;
    try {
      posts = Indexing.merge(index, from);
    } catch (IndexMissingException e) {
      throw new UsageException(e.getMessage());
    }
    if (json.json) {
      JsonLines.print(System.out, java.util.Map.of("type", "summary", "posts", posts,
          "index", index.toString()));
    } else {
      System.out.println("merged " + from.size() + " indexes into " + index + ": " + posts
          + " posts");
    }
    return ExitCode.OK;
  }
}
