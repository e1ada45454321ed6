package org.chorus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chorus.app.VerifyRequest;
import org.chorus.app.VerifyResult;
import org.chorus.app.Verifying;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code chorus verify}: is an output still backed by the inputs its manifest records? */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Check an output (file or index folder) against its run manifest"
        + " (OUT.manifest.json): inputs and model hashed again, the index's commit, the output's"
        + " own hash. Exit 0: all ok; 4: something changed; 5: nothing changed but something is"
        + " missing.")
public final class VerifyCommand implements Callable<Integer> {
  @Parameters(paramLabel = "OUT", description = "The output file or index folder, or its"
      + " manifest.")
  Path output;

  @Mixin JsonOption json;

  @Override
  public Integer call() throws IOException {
    VerifyResult result = Verifying.verify(new VerifyRequest(output));
    PrintStream out = System.out;
    if (json.json) {
      for (VerifyResult.Item item : result.items()) JsonLines.print(out, ItemLine.of(item));
      JsonLines.print(out, new SummaryLine("summary", result.manifest().toString(),
          result.run().command(), result.run().created().toString(),
          result.count(VerifyResult.Status.OK), result.count(VerifyResult.Status.CHANGED),
          result.count(VerifyResult.Status.MISSING)));
    } else {
      Table t = new Table("status", "item", "path", "detail").maxWidth(110);
      for (VerifyResult.Item item : result.items()) {
        t.row(item.status().name().toLowerCase(Locale.ROOT),
            item.kind() + (item.run() == 0 ? "" : " (earlier run " + item.run() + ")"),
            item.path(), detail(item));
      }
      t.print(out);
      out.printf(Locale.ROOT, "%s: %s run of %s; %d ok, %d changed, %d missing%n",
          result.manifest(), result.run().command(), result.run().created(),
          result.count(VerifyResult.Status.OK), result.count(VerifyResult.Status.CHANGED),
          result.count(VerifyResult.Status.MISSING));
    }
    if (result.count(VerifyResult.Status.CHANGED) > 0) return ExitCode.CHANGED;
    if (result.count(VerifyResult.Status.MISSING) > 0) return ExitCode.MISSING;
    return ExitCode.OK;
  }

  private static String detail(VerifyResult.Item item) {
    return switch (item.status()) {
      case OK -> item.expected();
      case MISSING -> "was " + item.expected();
      case CHANGED -> "was " + item.expected() + "; now " + item.found();
    };
  }

  record ItemLine(String type, String kind, int run, String path, String status,
      String expected, String found) {
    static ItemLine of(VerifyResult.Item i) {
      return new ItemLine("item", i.kind(), i.run(), i.path(),
          i.status().name().toLowerCase(Locale.ROOT), i.expected(), i.found());
    }
  }

  record SummaryLine(String type, String manifest, String command, String created, long ok,
      long changed, long missing) {}
}
