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

  private ExitCode() {}
}
