package org.chorus.cli;

import java.util.List;
import org.chorus.app.GroupBy;
import org.chorus.app.Scoring;
import org.chorus.eval.GroupBootstrap;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** Options {@code eval}, {@code cv} and {@code bench classify} share; use as a mixin. */
final class EvalOptions {
  @Option(names = "--label", defaultValue = "labels", paramLabel = "FIELD",
      description = "Where true labels come from: 'labels' (default: the reader's, e.g. JSON "
          + "Lines 'labels' or a built-in layout's label column) or a CSV/TSV column name, which "
          + "replaces the label columns of --map.")
  String label = "labels";

  @Option(names = "--group-by", defaultValue = "account", paramLabel = "account|post",
      converter = GroupByConverter.class,
      description = "Keep each account's posts together in splits and bootstrap resamples "
          + "(default). 'post' for data without accounts. To group by another column, map it to "
          + "the account: --map account=COLUMN.")
  GroupBy groupBy = GroupBy.ACCOUNT;

  // %% because picocli formats descriptions: a lone % would spoil the whole help text.
  @Option(names = "--resamples", defaultValue = "1000",
      description = "Bootstrap resamples for the 95%% CI (default: ${DEFAULT-VALUE}).")
  int resamples = GroupBootstrap.DEFAULT_RESAMPLES;

  @Option(names = "--seed", defaultValue = "42",
      description = "Seed of splits and resamples (default: ${DEFAULT-VALUE}).")
  long seed = GroupBootstrap.DEFAULT_SEED;

  @Option(names = "--average-over", split = ",", paramLabel = "LABEL",
      description = "Also report macro-F1 over these classes only, e.g. FAVOR,AGAINST.")
  List<String> averageOver = List.of();

  @Option(names = "--per-lang", description = "Also report macro-F1 per language.")
  boolean perLang;

  @Option(names = "--json", description = "One JSON object (JSON Lines) instead of tables.")
  boolean json;

  @Option(names = "--quiet", description = "No progress on standard error.")
  boolean quiet;

  Scoring scoring() {
    return new Scoring(groupBy, resamples, seed, averageOver, perLang);
  }

  /** The --label column, or null for the labels the reader gives. */
  String labelColumn() {
    return InputOptions.labelColumn(label);
  }

  static final class GroupByConverter implements ITypeConverter<GroupBy> {
    @Override
    public GroupBy convert(String value) {
      return GroupBy.parse(value);
    }
  }
}
