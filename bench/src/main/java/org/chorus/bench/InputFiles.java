package org.chorus.bench;

import java.nio.file.Path;
import java.util.List;
import org.chorus.app.DatasetFiles;
import org.chorus.corpus.ColumnMap;
import org.chorus.corpus.Format;
import picocli.CommandLine.Option;

/** The datasets a benchmark reads; bad records are counted and skipped. Use as a mixin. */
final class InputFiles {
  @Option(names = "--input", required = true, arity = "1..*", paramLabel = "FILE",
      description = "Dataset files (CSV, TSV or JSON Lines, gzip or not), read in order.")
  private List<Path> files;

  @Option(names = "--format", defaultValue = "auto", paramLabel = "auto|twitter|jsonl|csv",
      converter = FormatConverter.class, description = "DatasetFiles layout (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--map", paramLabel = "SPEC", converter = MapConverter.class,
      description = "Column map, as for chorus index (e.g. id=tweetid,text=content,...).")
  private ColumnMap columns;

  /** The files; a benchmark that reads them says where bad records go. */
  DatasetFiles input() {
    return new DatasetFiles(files, format, columns, null, null);
  }

  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Format.parse(value);
    }
  }

  static final class MapConverter implements picocli.CommandLine.ITypeConverter<ColumnMap> {
    @Override
    public ColumnMap convert(String value) {
      return ColumnMap.parse(value);
    }
  }
}
