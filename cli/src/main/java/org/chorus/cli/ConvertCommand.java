package org.chorus.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostJson;
import org.chorus.corpus.PostReader;
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

  @Option(names = "--json", description = "Print the summary as JSON Lines.")
  private boolean json;

  @Option(names = "--quiet", description = "No progress on standard error.")
  private boolean quiet;

  @Override
  public Integer call() throws IOException {
    long written = 0;
    double seconds;
    List<String> notes;
    RejectsFile rejects = input.rejects(RejectsFile.beside(output));
    try (rejects;
        PostReader reader = input.open(rejects);
        BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        ConsoleProgress progress = ConsoleProgress.start("convert", -1, quiet)) {
      Post post;
      while ((post = reader.next()) != null) {
        out.write(PostJson.write(post));
        out.write('\n');
        written++;
        if ((written & 1023) == 0) progress.advance(1024);
      }
      progress.advance(written & 1023);
      seconds = progress.seconds();
      notes = reader.notes();
    }
    summary(System.out, written, rejects, seconds, notes);
    return ExitCode.OK;
  }

  private void summary(PrintStream out, long written, RejectsFile rejects, double seconds,
      List<String> notes) {
    long rejected = rejects.count();
    long read = written + rejected;
    String rejectsPath = rejects.written() ? rejects.path().toString() : null;
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("read", read);
      m.put("written", written);
      m.put("rejected", rejected);
      m.put("rejects_file", rejectsPath);
      m.put("output", output.toString());
      m.put("seconds", Math.round(seconds * 1000) / 1000.0);
      m.put("posts_per_second", Math.round(read / Math.max(seconds, 1e-9)));
      m.put("notes", notes);
      JsonLines.print(out, m);
      return;
    }
    Table t = new Table("summary", "value").alignRight(1).maxWidth(120);
    t.row("read", String.format(Locale.ROOT, "%,d", read));
    t.row("written", String.format(Locale.ROOT, "%,d", written));
    t.row("rejected", String.format(Locale.ROOT, "%,d", rejected));
    t.row("rejects file", rejectsPath == null ? "-" : rejectsPath);
    t.row("output", output);
    t.row("posts/s", String.format(Locale.ROOT, "%,.0f", read / Math.max(seconds, 1e-9)));
    t.print(out);
    for (String note : notes) out.println("note: " + note);
  }
}
