package org.chorus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chorus.app.Input;
import org.chorus.app.Input.OnError;
import org.chorus.corpus.ColumnMap;
import org.chorus.corpus.Format;
import org.chorus.corpus.InvalidInputException;
import org.chorus.corpus.PostReader;
import org.chorus.corpus.RejectHandler;
import org.chorus.corpus.RejectsFile;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * The options every command that reads datasets shares; use as
 * {@code @Mixin InputOptions input;}. Open the inputs with {@link #open(RejectHandler)} and the
 * rejects with {@link #rejects(Path)}.
 */
public final class InputOptions {

  @Option(names = "--input", required = true, arity = "1..*", paramLabel = "FILE",
      description = "Dataset files (CSV, TSV or JSON Lines, gzip or not), read in order.")
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

  /** The options as the app layer takes them. */
  public Input input() {
    return new Input(inputs, format, columns, onError);
  }

  public List<Path> inputs() {
    return List.copyOf(inputs);
  }

  public Format format() {
    return format;
  }

  /** The --map column map, or null. */
  public ColumnMap columns() {
    return columns;
  }

  public OnError onError() {
    return onError;
  }

  /**
   * All inputs as one stream of posts, in the order given. A missing or unreadable file stops
   * here, before any post is read, with an {@link InvalidInputException} (exit code 3).
   */
  public PostReader open(RejectHandler rejects) throws IOException {
    return input().open(rejects);
  }

  /**
   * Where bad records go: {@code --on-error fail} gives a handler that stops at the first;
   * otherwise a {@link RejectsFile} at {@code path} (by convention
   * {@link RejectsFile#beside(Path) beside the output}), created only if something is rejected.
   */
  public RejectsFile rejects(Path path) {
    return input().rejects(path);
  }

  /** {@link #rejects(Path)} for a command that declares {@code --on-error} itself. */
  static RejectsFile rejects(OnError onError, Path path) {
    return new Input(List.of(), Format.AUTO, null, onError).rejects(path);
  }

  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.parse(value);
    }
  }

  static final class MapConverter implements ITypeConverter<ColumnMap> {
    @Override
    public ColumnMap convert(String value) {
      return ColumnMap.parse(value);
    }
  }

  static final class OnErrorConverter implements ITypeConverter<OnError> {
    @Override
    public OnError convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "skip" -> OnError.SKIP;
        case "fail" -> OnError.FAIL;
        default -> throw new IllegalArgumentException("expected skip or fail, found '" + value + "'");
      };
    }
  }
}
