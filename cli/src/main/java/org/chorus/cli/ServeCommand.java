package org.chorus.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chorus.app.Investigation;
import org.chorus.web.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chorus serve}: the workbench in a browser, over one index, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Open an index in the web workbench: search, timeline, copies, accounts,",
        "network and narratives. Serves until Ctrl-C; read-only unless --annotate."})
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  private Path index;

  @Option(names = "--model", paramLabel = "FILE",
      description = "A narrative model, for an index that `chorus label --index` has not labelled.")
  private Path model;

  @Option(names = "--annotate",
      description = "Turn on the Annotate view, the workbench's only writes: answers to the"
          + " --labels file, a retrained model (--model, or FILE.model), narrative fields of the"
          + " index.")
  private boolean annotate;

  @Option(names = "--labels", paramLabel = "FILE",
      description = "With --annotate: the labels file (JSON Lines) answers go to.")
  private Path labels;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
      description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  private int port;

  @Option(names = "--host", defaultValue = Workbench.Options.LOOPBACK, paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  private String host;

  @Override
  public Integer call() throws IOException, InterruptedException {
    trace("command parsed");
    if (annotate != (labels != null)) {
      throw new UsageException("--annotate and --labels FILE go together");
    }
    if (labels != null) org.chorus.app.OutputPath.file("--labels", labels);
    Workbench.Options options = Requests.check(() -> new Workbench.Options(host, port, model,
        labels));
    CountDownLatch stopped = new CountDownLatch(1);
    try (Investigation investigation = Requests.open(index);
        Workbench workbench = Requests.check(() -> {
          trace("index open");
          return Workbench.start(investigation, options);
        })) {
      trace("server listening");
      if (options.exposed()) {
        System.err.println("warning: listening on " + host + ": anyone who can reach this"
            + " machine can read the index" + (annotate ? " and write labels" : ""));
      }
      System.out.println("Chorus workbench on " + index + " at " + workbench.url()
          + "  (Ctrl-C stops it)");
      System.out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return ExitCode.OK;
  }

  /**
   * With {@code CHORUS_TRACE_STARTUP} set, says on stderr how long after the JVM's start each
   * step of starting finished: the issue asks for the URL within 3 s, and this shows where
   * those seconds go.
   */
  private static void trace(String step) {
    if (System.getenv("CHORUS_TRACE_STARTUP") == null) return;
    ProcessHandle.current().info().startInstant().ifPresent(start -> System.err.println(
        "startup: " + step + " at " + java.time.Duration.between(start,
            java.time.Instant.now()).toMillis() + " ms"));
  }
}
