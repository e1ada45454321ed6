package org.chorus.cli;

import org.chorus.app.RequestException;
import org.chorus.bench.Bench;
import org.chorus.corpus.InvalidInputException;
import org.chorus.search.QueryLimitException;
import org.chorus.search.QuerySyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code chorus} command: one subcommand per task an analyst runs. */
@Command(
    name = "chorus",
    mixinStandardHelpOptions = true,
    version = "chorus 0.1.0",
    description = "Find coordinated information operations in social-media posts.",
    subcommands = {
      CommandLine.HelpCommand.class,
      DemoCommand.class,
      IndexCommand.class,
      MergeCommand.class,
      SearchCommand.class,
      StatsCommand.class,
      SimilarCommand.class,
      DupesCommand.class,
      NetworkCommand.class,
      AccountsCommand.class,
      TrainCommand.class,
      LabelCommand.class,
      EvalCommand.class,
      CvCommand.class,
      ThemesCommand.class,
      NarrativesCommand.class,
      AnnotateCommand.class,
      AgreementCommand.class,
      ConvertCommand.class,
      VerifyCommand.class,
      GenerateCommand.class,
      ServeCommand.class,
      Bench.class,
    })
public final class Chorus implements Runnable {

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code; tests call this instead of main. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Chorus());
    cli.setExecutionExceptionHandler(Chorus::handle);
    cli.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
    return cli.execute(args);
  }

  // People read these messages, so they name the file, line and field and never show a stack
  // trace; CHORUS_DEBUG=1 brings the trace back for developers.
  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    if (System.getenv("CHORUS_DEBUG") != null) e.printStackTrace();
    if (e instanceof InvalidInputException) {
      cli.getErr().println("chorus: bad input: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    if (e instanceof UsageException || e instanceof RequestException
        || e instanceof QuerySyntaxException || e instanceof QueryLimitException) {
      cli.getErr().println("chorus: " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      cli.getErr().println("chorus: no such file: " + e.getMessage());
      return ExitCode.BAD_INPUT;
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    cli.getErr().println("chorus: " + message);
    return ExitCode.FAILURE;
  }
}
