package org.chorus.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chorus.app.DatasetFiles;
import org.chorus.app.LabelIndexRequest;
import org.chorus.app.LabelRequest;
import org.chorus.app.LabelResult;
import org.chorus.app.Narratives;
import org.chorus.app.OutputPath;
import org.chorus.corpus.ColumnMap;
import org.chorus.corpus.Format;
import org.chorus.corpus.RejectsFile;
import org.chorus.search.PostFilter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code chorus label}: applies a narrative model to datasets (streamed, in input order, on
 * worker threads) or to every post of an index, whose narrative field it then sets.
 */
@Command(name = "label", mixinStandardHelpOptions = true,
    description = "Label posts with a narrative model: datasets to JSON Lines (id, labels,"
        + " scores), or an index in place (then search --narrative, facets, dupes and network"
        + " can filter by narrative).")
public final class LabelCommand implements Callable<Integer> {
  @Option(names = "--model", required = true, paramLabel = "M", description = "Model file.")
  private Path modelFile;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Target target;

  static final class Target {
    @ArgGroup(exclusive = false)
    Files files;

    @Option(names = "--index", required = true, paramLabel = "DIR",
        description = "Label every post of this index in place.")
    Path index;
  }

  static final class Files {
    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "FILE",
        description = "Dataset files (CSV, TSV or JSON Lines, gzip or not), read in order.")
    List<Path> inputs;

    @Option(names = "--output", required = true, paramLabel = "OUT.jsonl",
        description = "Where predictions go, one JSON object per post.")
    Path output;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "auto|twitter|jsonl|csv",
        converter = InputOptions.FormatConverter.class,
        description = "Input layout (default: ${DEFAULT-VALUE}).")
    Format format = Format.AUTO;

    @Option(names = "--map", paramLabel = "SPEC", converter = InputOptions.MapConverter.class,
        description = "Column map for CSV/TSV (header names) or JSON Lines (field names); see chorus index --help.")
    ColumnMap columns;

    // The same options as InputOptions, declared here because picocli refuses a @Mixin inside
    // an @ArgGroup (remkop/picocli#1793), and --input excludes --index.
    @Option(names = "--on-error", defaultValue = "skip", paramLabel = "skip|fail",
        converter = InputOptions.OnErrorConverter.class,
        description = "skip: write bad records to OUT.jsonl.rejects.jsonl and go on (default); "
            + "fail: stop at the first.")
    InputOptions.OnError onError = InputOptions.OnError.SKIP;

    DatasetFiles datasets() {
      return InputOptions.datasets(inputs, format, columns, onError, null,
          RejectsFile.beside(output));
    }
  }

  @Mixin private QueryOption selection;
  @Mixin private ThreadsOption threads;
  @Mixin private JsonOption json;
  @Mixin private QuietOption quiet;

  @Override
  public Integer call() throws Exception {
    PostFilter filter = selection.filter();
    if (target.index == null && !filter.isAll()) {
      throw new UsageException("--query and the filter options select posts of an --index;"
          + " with --input every record is labelled");
    }
    if (target.files != null) OutputPath.file("--output", target.files.output);
    int workers = threads.count();
    LabelResult result;
    try (ConsoleProgress progress = quiet.progress("label", -1)) {
      result = target.index != null
          ? Narratives.labelIndex(new LabelIndexRequest(modelFile, target.index, filter,
              workers), progress)
          : Narratives.label(new LabelRequest(modelFile, target.files.datasets(),
              target.files.output, workers), progress);
    }
    if (json.json) {
      JsonLines.print(System.out, result);
    } else {
      print(System.out, result);
    }
    return ExitCode.OK;
  }

  private static void print(PrintStream out, LabelResult r) {
    Table t = new Table("label", "posts", "share").alignRight(1, 2);
    r.labels().forEach((label, n) -> t.row(label, Table.count(n), pct(n, r.posts())));
    t.row("(none)", Table.count(r.none()), pct(r.none(), r.posts()));
    t.print(out);
    out.printf(Locale.ROOT, "%,d posts labelled in %.1f s (%,d posts/s) -> %s%n", r.posts(),
        r.seconds(), r.postsPerSecond(), r.output());
    if (r.rejected() > 0) out.printf(Locale.ROOT, "note: %,d records rejected%n", r.rejected());
  }

  private static String pct(long n, long total) {
    return total == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * n / total);
  }
}
