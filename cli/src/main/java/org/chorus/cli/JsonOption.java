package org.chorus.cli;

import picocli.CommandLine.Option;

/** {@code --json}: what programs read instead of the tables people read. */
final class JsonOption {
  @Option(names = "--json", description = "JSON Lines (one object per line) instead of tables.")
  boolean json;
}
