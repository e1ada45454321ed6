package org.chorus.cli;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chorus.app.ConvertRequest;
import org.chorus.app.ConvertResult;
import org.chorus.app.Indexing;
import org.chorus.app.OutputPath;
import org.chorus.corpus.RejectsFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code chorus convert}: any readable dataset to the project's JSON Lines, streaming. It is
 * also the readers' end-to-end check: the summary shows read = written + rejected.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Convert datasets (Twitter archive CSV, mapped CSV/TSV, JSON Lines; gzip or not)"
        + " to the Chorus JSON Lines schema. Bad records go to OUTPUT.rejects.jsonl.")
public final class ConvertCommand implements Callable<Integer> {

  @Mixin
  private InputOptions input;

  @Option(names = "--output", required = true, paramLabel = "OUT.jsonl",
      description = "Where to write the posts, one JSON object per line.")
  private Path output;

  @Mixin private JsonOption json;
  @Mixin private QuietOption quiet;

  @Override
  public Integer call() throws IOException {
    OutputPath.file("--output", output);
    ConvertResult result;
    try (ConsoleProgress progress = quiet.progress("convert", -1)) {
      result = new Indexing().convert(new ConvertRequest(input.datasets(null, RejectsFile.beside(output)), output), progress);
    }
    print(System.out, result);
    return ExitCode.OK;
  }

  /** The --json line: the result with rounded figures and paths as text. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record SummaryLine(long read, long written, long rejected, String rejectsFile, String output,
      double seconds, long postsPerSecond, List<String> notes) {

    static SummaryLine of(ConvertResult r) {
      return new SummaryLine(r.read(), r.written(), r.rejected(),
          IndexCommand.text(r.rejectsFile()), IndexCommand.text(r.output()),
          JsonLines.round(r.seconds(), 3), Math.round(r.postsPerSecond()), r.notes());
    }
  }

  private void print(PrintStream out, ConvertResult r) {
    if (json.json) {
      JsonLines.print(out, SummaryLine.of(r));
      return;
    }
    Table t = new Table("summary", "value").alignRight(1).maxWidth(120);
    t.row("read", Table.count(r.read()));
    t.row("written", Table.count(r.written()));
    t.row("rejected", Table.count(r.rejected()));
    t.row("rejects file", r.rejectsFile() == null ? "-" : r.rejectsFile());
    t.row("output", r.output());
    t.row("posts/s", String.format(Locale.ROOT, "%,.0f", r.postsPerSecond()));
    t.print(out);
    for (String note : r.notes()) out.println("note: " + note);
  }
}
