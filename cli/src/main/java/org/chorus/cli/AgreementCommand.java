package org.chorus.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chorus.app.Annotation;
import org.chorus.labels.Agreement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chorus agreement}: Cohen's kappa per label between two annotators' labels files. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
    description = "Cohen's kappa per label between the human decisions of two labels files,"
        + " on the posts both decided about.")
public final class AgreementCommand implements Callable<Integer> {
  @Option(names = "--labels", required = true, arity = "1", paramLabel = "FILE",
      description = "A labels file; give exactly two.")
  private List<Path> files;

  @Mixin private JsonOption json;

  @Override
  public Integer call() throws Exception {
    if (files.size() != 2) throw new UsageException("give --labels exactly twice");
    List<Agreement.LabelKappa> ks = Annotation.agreement(files.get(0), files.get(1));
    if (json.json) {
      for (Agreement.LabelKappa k : ks) JsonLines.print(System.out, k);
      return ExitCode.OK;
    }
    Table t = new Table("label", "shared posts", "yes (1st)", "yes (2nd)", "both yes",
        "agreement", "kappa").alignRight(1, 2, 3, 4, 5, 6);
    for (Agreement.LabelKappa k : ks) {
      t.row(k.label(), Table.count(k.shared()), Table.count(k.yesA()), Table.count(k.yesB()),
          Table.count(k.both()), String.format(Locale.ROOT, "%.3f", k.observed()),
          Double.isNaN(k.kappa()) ? "-" : String.format(Locale.ROOT, "%.3f", k.kappa()));
    }
    t.print(System.out);
    return ExitCode.OK;
  }
}
