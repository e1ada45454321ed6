package org.chorus.cli;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code chorus demo}: the main job on the bundled corpus. It runs the same commands a user
 * would type, printing each first, so the demo doubles as a tour of the command line.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Index the bundled Hong Kong 2019 corpus and show what Chorus finds in it.")
public final class DemoCommand implements Callable<Integer> {
  static final String CORPUS = "corpus/hk2019/posts.jsonl";
  static final String MODEL = "models/hk2019-narratives.model";

  @Option(names = "--corpus", paramLabel = "FILE",
      description = "Posts to use (default: the bundled " + CORPUS + ").")
  private Path corpus;

  @Option(names = "--index", paramLabel = "DIR",
      description = "Where to build the demo index (default: target/demo-index beside the corpus).")
  private Path index;

  @Option(names = "--serve", description = "Then open the demo index in the web workbench"
      + " (chorus serve) until Ctrl-C.")
  private boolean serve;

  @Option(names = "--port", defaultValue = "8080", paramLabel = "N",
      description = "The workbench's port with --serve (default: ${DEFAULT-VALUE}).")
  private int port;

  @Override
  public Integer call() {
    Path root = corpus != null ? null : projectRoot();
    Path posts = corpus != null ? corpus : root.resolve(CORPUS);
    if (!Files.isRegularFile(posts)) {
      throw new UsageException("the corpus " + posts + " is missing; give one with --corpus FILE");
    }
    Path dir = index != null ? index
        : (root != null ? root : posts.toAbsolutePath().getParent()).resolve("target/demo-index");
    // The default demo index is the demo's own scratch space: start it afresh so an index left
    // by an older build never gets in the way. A folder the user named is never deleted.
    if (index == null) {
      try {
        ScratchFolders.delete(dir);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot clear the demo index " + dir, e);
      }
    }

    List<String[]> steps = new ArrayList<>();
    steps.add(new String[] {"index", "--input", posts.toString(), "--index", dir.toString()});
    steps.add(new String[] {"stats", "--index", dir.toString()});
    steps.add(new String[] {"search", "--index", dir.toString(), "--size", "5",
        "rioters OR violent OR 暴徒 OR 暴力"});
    steps.add(new String[] {"search", "--index", dir.toString(), "--size", "5", "--lang", "zh",
        "\"外國勢力\" OR \"外国势力\" OR 黑手"});
    steps.add(new String[] {"dupes", "--index", dir.toString(), "--window", "30m",
        "--min-accounts", "10", "--limit", "10"});
    Path model = (root != null ? root : Path.of("")).resolve(MODEL);
    if (Files.isRegularFile(model)) {
      steps.add(new String[] {"label", "--model", model.toString(), "--index", dir.toString()});
      steps.add(new String[] {"search", "--index", dir.toString(), "--size", "5", "--narrative",
          "foreign_interference", "--from", "2019-08-01", "--to", "2019-08-31", "police"});
    }
    if (serve) {
      steps.add(new String[] {"serve", "--index", dir.toString(), "--port",
          String.valueOf(port)});
    }

    PrintStream out = System.out;
    for (String[] step : steps) {
      out.println();
      out.println("$ chorus " + quote(step));
      out.flush();
      int code = Chorus.execute(step);
      if (code != ExitCode.OK) return code;
    }
    return ExitCode.OK;
  }


  private static String quote(String[] args) {
    StringBuilder s = new StringBuilder();
    for (String a : args) {
      if (s.length() > 0) s.append(' ');
      s.append(a.matches("[\\w./:=,-]+") ? a : "'" + a + "'");
    }
    return s.toString();
  }

  // The demo runs from the launcher anywhere in the checkout: look upward from the working
  // directory, then from the jar, for the folder that holds the bundled corpus.
  private static Path projectRoot() {
    List<Path> starts = new ArrayList<>();
    starts.add(Path.of("").toAbsolutePath());
    try {
      starts.add(Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI()).toAbsolutePath());
    } catch (URISyntaxException | SecurityException e) {
      // no code location: the working directory alone decides
    }
    for (Path start : starts) {
      for (Path p = start; p != null; p = p.getParent()) {
        if (Files.isRegularFile(p.resolve(CORPUS))) return p;
      }
    }
    throw new UsageException("cannot find " + CORPUS + " above " + starts.get(0)
        + "; run from the Chorus checkout or give --corpus FILE");
  }
}
