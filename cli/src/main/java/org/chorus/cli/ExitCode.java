package org.chorus.cli;

/** What {@code chorus} tells the shell: scripts branch on these, so they never change meaning. */
public final class ExitCode {
  /** Done; rejected rows, if any, were counted and written aside. */
  public static final int OK = 0;
  /** Something went wrong that is not the user's input: I/O, a corrupt index, a bug. */
  public static final int FAILURE = 1;
  /** The command line is wrong: unknown option, bad query syntax, bad value. */
  public static final int USAGE = 2;
  /** An input file cannot be read, or a bad row stopped a run with {@code --on-error fail}. */
  public static final int BAD_INPUT = 3;
  /** {@code verify}: an input, the model, the index or an output is not as the run saw it. */
  public static final int CHANGED = 4;
  /** {@code verify}: nothing changed, but something the run read or wrote is gone. */
  public static final int MISSING = 5;

  private ExitCode() {}
}
