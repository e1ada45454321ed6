package org.chorus.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chorus.app.Annotation;
import org.chorus.app.Investigation;
import org.chorus.app.Proposal;
import org.chorus.app.ProposeRequest;
import org.chorus.app.ProposeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code chorus annotate}: the posts whose labels would teach the model most, printed for a
 * script ({@code --json}) or asked about one by one in the terminal.
 */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Propose the posts worth labelling next (the current model's most uncertain,"
        + " no two near-duplicates) and ask about them, appending your answers to the labels"
        + " file; with --json, print them for a script to answer.")
public final class AnnotateCommand implements Callable<Integer> {
  @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
  private Path index;

  @Option(names = "--labels", required = true, paramLabel = "FILE",
      description = "Labels file (JSON Lines); answers are appended to it.")
  private Path labels;

  @Option(names = "--next", defaultValue = "20", paramLabel = "N",
      description = "Posts to propose (default: ${DEFAULT-VALUE}).")
  private int next;

  @Option(names = "--pool", defaultValue = "20000", paramLabel = "N",
      description = "Posts the model scores; a larger index is sampled (default: ${DEFAULT-VALUE}).")
  private int pool;

  @Option(names = "--annotator", paramLabel = "NAME",
      description = "Your name in the labels file (default: the user name).")
  private String annotator;

  @Option(names = "--narrative", paramLabel = "NAME",
      description = "Offer this narrative too (repeatable), e.g. before the file names it.")
  private List<String> extra = new ArrayList<>();

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "Seed of the pool sample (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Mixin private JsonOption json;

  @Override
  public Integer call() throws Exception {
    ProposeRequest request = Requests.check(() -> new ProposeRequest(labels, next, pool, seed));
    try (Investigation inv = Requests.open(index)) {
      ProposeResult r = Annotation.propose(inv, request);
      if (json.json) {
        for (Proposal p : r.proposals()) JsonLines.print(System.out, p);
        return ExitCode.OK;
      }
      List<String> narratives = new ArrayList<>(r.narratives());
      for (String n : extra) if (!narratives.contains(n)) narratives.add(n);
      if (narratives.isEmpty()) {
        throw new UsageException("the labels file names no narrative yet: seed one (chorus"
            + " narratives seed) or give --narrative NAME");
      }
      String who = annotator != null ? annotator : System.getProperty("user.name", "?");
      int answered = ask(inv, r, narratives, who, System.out);
      System.out.printf(Locale.ROOT, "%d answers appended to %s%n", answered, labels);
    }
    return ExitCode.OK;
  }

  /** Asks about each post; answers are saved after each one, so quitting loses nothing. */
  private int ask(Investigation inv, ProposeResult r, List<String> narratives, String who,
      PrintStream out) throws Exception {
    if (r.note() != null) out.println("note: " + r.note());
    out.println("Answer with the numbers of the narratives that apply (e.g. 1 3), 0 or n for"
        + " none, Enter to skip, q to stop.");
    for (int i = 0; i < narratives.size(); i++) out.printf("  %d  %s%n", i + 1, narratives.get(i));
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
        StandardCharsets.UTF_8));
    int answered = 0;
    for (Proposal p : r.proposals()) {
      out.println();
      out.printf(Locale.ROOT, "[%s] %s (uncertainty %.2f, model says: %s)%n", p.id(),
          p.screenName() != null ? "@" + p.screenName() : p.account(), p.uncertainty(),
          p.predicted().isEmpty() ? "none" : String.join(", ", p.predicted()));
      out.println(p.text());
      List<String> chosen = null;
      while (chosen == null) {
        out.print("> ");
        out.flush();
        String line = in.readLine();
        if (line == null || line.strip().equalsIgnoreCase("q")) return answered;
        chosen = parse(line, narratives);
        if (chosen == null) out.println("numbers from 1 to " + narratives.size() + ", or n");
      }
      if (chosen.size() == 1 && chosen.get(0) == null) continue;
      Map<String, List<String>> answer = new LinkedHashMap<>();
      answer.put(p.id(), chosen);
      answered += Annotation.answer(inv, labels, who, answer);
    }
    return answered;
  }

  /** The narratives a line names; [null] to skip; null when it makes no sense. */
  static List<String> parse(String line, List<String> narratives) {
    String s = line.strip().toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      List<String> skip = new ArrayList<>();
      skip.add(null);
      return skip;
    }
    if (s.equals("n") || s.equals("0") || s.equals("none")) return List.of();
    List<String> out = new ArrayList<>();
    for (String part : s.split("[\\s,]+")) {
      try {
        int k = Integer.parseInt(part);
        if (k < 1 || k > narratives.size()) return null;
        if (!out.contains(narratives.get(k - 1))) out.add(narratives.get(k - 1));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return out;
  }
}
