package org.chorus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help, benchmarks included, prints cleanly: no picocli warning before it. */
class HelpTest {
  @Test
  void everyCommandsHelpPrintsWithoutAWarning() {
    List<String> commands = new ArrayList<>();
    collect(new CommandLine(new Chorus()), "", commands);
    assertTrue(commands.contains("bench classify"), commands.toString());
    PrintStream oldOut = System.out, oldErr = System.err;
    for (String command : commands) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code;
      try {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        code = Chorus.execute(args.toArray(String[]::new));
      } finally {
        System.setOut(oldOut);
        System.setErr(oldErr);
      }
      String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
      assertEquals(0, code, command);
      assertTrue(text.contains("Usage: chorus " + command), command + ":\n" + text);
      assertFalse(text.contains("WARN"), command + ":\n" + text);
    }
  }

  private static void collect(CommandLine cli, String prefix, List<String> out) {
    cli.getSubcommands().forEach((name, sub) -> {
      if (name.equals("help")) return;
      String path = (prefix + " " + name).strip();
      out.add(path);
      collect(sub, path, out);
    });
  }
}
