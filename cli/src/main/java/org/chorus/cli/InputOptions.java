package org.chorus.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chorus.app.DatasetFiles;
import org.chorus.corpus.ColumnMap;
import org.chorus.corpus.Format;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every command that reads datasets shares; use as
 * {@code @Mixin InputOptions input;} and hand {@link #datasets(String, Path)} to the app layer.
 */
public final class InputOptions {
  /** What to do with a record that cannot be read: write it aside and go on, or stop. */
  public enum OnError { SKIP, FAIL }

  // Not required by picocli so that a command may offer another source (train --labels);
  // datasets() insists.
  @Option(names = "--input", arity = "1..*", paramLabel = "FILE",
      description = "Dataset files (CSV, TSV or JSON Lines, gzip or not), read in order."
          + " Required.")
  private List<Path> inputs;

  @Option(names = "--format", defaultValue = "auto", paramLabel = "auto|twitter|jsonl|csv",
      converter = FormatConverter.class,
      description = "Input layout (default: ${DEFAULT-VALUE}: decided from each file's header).")
  private Format format = Format.AUTO;

  @Option(names = "--map", paramLabel = "SPEC", converter = MapConverter.class,
      description = "Column map for CSV/TSV (header names) or JSON Lines (top-level field "
          + "names), e.g. id=tweetid,account=author,text=content,"
          + "time=publish_date,lang=language,label=account_category. Targets: id, account, "
          + "screen_name, time, lang, text, hashtags, urls, mentions, retweet, retweet_of, "
          + "reply_to, quote_of, label (repeatable).")
  private ColumnMap columns;

  @Option(names = "--on-error", defaultValue = "skip", paramLabel = "skip|fail",
      converter = OnErrorConverter.class,
      description = "skip: write bad records to the rejects file and go on (default); "
          + "fail: stop at the first.")
  private OnError onError = OnError.SKIP;

  /**
   * The inputs as the app layer reads them.
   *
   * @param labelColumn the CSV/TSV column labels come from, or null for the reader's labels
   * @param rejects where bad records go unless {@code --on-error fail}
   */
  public DatasetFiles datasets(String labelColumn, Path rejects) {
    if (inputs == null || inputs.isEmpty()) {
      throw new UsageException("Missing required option: '--input=FILE'");
    }
    return datasets(inputs, format, columns, onError, labelColumn, rejects);
  }

  /** Whether --input was given. */
  boolean given() {
    return inputs != null && !inputs.isEmpty();
  }

  /** {@link #datasets(String, Path)} for a command that declares these options itself. */
  static DatasetFiles datasets(List<Path> inputs, Format format, ColumnMap columns,
      OnError onError, String labelColumn, Path rejects) {
    return new DatasetFiles(inputs, format, columns, labelColumn,
        onError == OnError.FAIL ? null : rejects);
  }

  /** A {@code --label FIELD} value as a label column: null for 'labels', the reader's own. */
  static String labelColumn(String option) {
    return option == null || "labels".equals(option) ? null : option;
  }

  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.parse(value);
      } catch (IllegalArgumentException e) {
        // picocli names the option and shows this message alone, not the exception's class
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class MapConverter implements ITypeConverter<ColumnMap> {
    @Override
    public ColumnMap convert(String value) {
      try {
        return ColumnMap.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class OnErrorConverter implements ITypeConverter<OnError> {
    @Override
    public OnError convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "skip" -> OnError.SKIP;
        case "fail" -> OnError.FAIL;
        default -> throw new TypeConversionException("expected skip or fail, found '" + value
            + "'");
      };
    }
  }
}
