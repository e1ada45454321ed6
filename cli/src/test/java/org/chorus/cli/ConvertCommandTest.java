package org.chorus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.Format;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;
import org.chorus.corpus.RejectHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code chorus convert} end to end: the readers, the input options and the summary. */
class ConvertCommandTest {
  static final String ARCHIVE = "tweetid,userid,user_screen_name,tweet_language,tweet_text,"
      + "tweet_time,in_reply_to_tweetid,quoted_tweet_tweetid,is_retweet,retweet_tweetid,"
      + "hashtags,urls,user_mentions\n"
      + "1,u1,hk_daily,en,\"Rioters again #HK\",2019-08-12 03:04,,,False,,['HK'],[],[]\n"
      + "2,u2,li,zh,暴徒,2019-08-12 03:05,,,False,,[],[],[]\n"
      + "3,u3,x,en,,2019-08-12 03:06,,,False,,[],[],[]\n"
      + "4,u4,y,en,bad time,last tuesday,,,False,,[],[],[]\n"
      + "5,u5,z,en,\"fine\",2019-08-12 03:07,,,True,1,[],[],[]\n";

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content);
  }

  private static List<Post> readAll(Path f) throws Exception {
    List<Post> posts = new ArrayList<>();
    try (PostReader r = Datasets.open(f, Format.AUTO, null, RejectHandler.failFast())) {
      Post p;
      while ((p = r.next()) != null) posts.add(p);
    }
    return posts;
  }

  @Test
  void convertsCountsAndWritesRejectsBesideTheOutput() throws Exception {
    Path in = write("archive.csv", ARCHIVE);
    Path output = dir.resolve("out.jsonl");
    int code = Chorus.execute("convert", "--input", in.toString(), "--output", output.toString(),
        "--json", "--quiet");
    assertEquals(ExitCode.OK, code, stderr());
    JsonNode summary = new ObjectMapper().readTree(stdout());
    assertEquals(5, summary.get("read").asLong());
    assertEquals(3, summary.get("written").asLong());
    assertEquals(2, summary.get("rejected").asLong());
    Path rejects = dir.resolve("out.jsonl.rejects.jsonl");
    assertEquals(rejects.toString(), summary.get("rejects_file").asText());

    List<String> rejectLines = Files.readAllLines(rejects);
    assertEquals(2, rejectLines.size());
    JsonNode first = new ObjectMapper().readTree(rejectLines.get(0));
    assertEquals(in.toString(), first.get("file").asText());
    assertEquals(4, first.get("line").asLong());
    assertEquals("tweet_text", first.get("field").asText());
    JsonNode second = new ObjectMapper().readTree(rejectLines.get(1));
    assertEquals(5, second.get("line").asLong());
    assertEquals("tweet_time", second.get("field").asText());

    List<Post> converted = readAll(output);
    List<Post> original = new ArrayList<>();
    try (PostReader r = Datasets.open(in, Format.AUTO, null, x -> { })) {
      Post p;
      while ((p = r.next()) != null) original.add(p);
    }
    assertEquals(original, converted, "JSONL output reads back as the same posts");
    assertEquals(List.of("1", "2", "5"), converted.stream().map(Post::id).toList());
    assertTrue(converted.get(2).retweet());
  }

  @Test
  void tableSummaryByDefaultAndNoRejectsFileWhenClean() throws Exception {
    Path in = write("clean.csv", "author,content,publish_date\na,hello,2019-08-12 03:04:05\n");
    Path output = dir.resolve("clean.jsonl");
    assertEquals(ExitCode.OK, Chorus.execute("convert", "--input", in.toString(),
        "--output", output.toString(), "--quiet"));
    String table = stdout();
    assertTrue(table.matches("(?s).*read\\s+1\\n.*written\\s+1\\n.*rejected\\s+0\\n.*"), table);
    assertTrue(table.contains("note: ") && table.contains("no id column"), table);
    assertFalse(Files.exists(dir.resolve("clean.jsonl.rejects.jsonl")));
  }

  @Test
  void theOutputMayBeTheInputItself() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      lines.append("{\"id\":\"p").append(i).append("\",\"account\":\"a").append(i % 50)
          .append("\",\"time\":\"2019-08-12T03:04:05Z\",\"text\":\"post number ").append(i)
          .append("\"}\n");
    }
    Path same = write("same.jsonl", lines.toString());
    assertEquals(ExitCode.OK, Chorus.execute("convert", "--input", same.toString(), "--output",
        same.toString(), "--quiet"));
    List<String> out = Files.readAllLines(same);
    assertEquals(20_000, out.size(), "the input was read whole before it was replaced");
    assertTrue(out.get(19_999).contains("\"id\":\"p19999\""), out.get(19_999));
  }

  @Test
  void severalInputsWithAMapGoToOneOutput() throws Exception {
    Path a = write("a.tsv", "who\tsaid\twhen\nann\tone\t8/12/2019 3:04\n");
    Path b = write("b.tsv", "who\tsaid\twhen\nbob\ttwo\t1565579045\n");
    Path output = dir.resolve("ab.jsonl");
    assertEquals(ExitCode.OK, Chorus.execute("convert", "--input", a.toString(), b.toString(),
        "--map", "account=who,text=said,time=when", "--output", output.toString(), "--quiet"));
    List<Post> posts = readAll(output);
    assertEquals(List.of("a:1", "b:1"), posts.stream().map(Post::id).toList());
    assertEquals(List.of("ann", "bob"), posts.stream().map(p -> p.account().id()).toList());
  }

  @Test
  void onErrorFailStopsAtTheFirstBadRowWithExitCode3() throws Exception {
    Path in = write("archive.csv", ARCHIVE);
    int code = Chorus.execute("convert", "--input", in.toString(), "--output",
        dir.resolve("f.jsonl").toString(), "--on-error", "fail", "--quiet");
    assertEquals(ExitCode.BAD_INPUT, code);
    assertEquals("chorus: bad input: " + in + ":4: tweet_text: missing or empty",
        stderr().strip());
  }

  @Test
  void missingInputIsExitCode3NamingTheFile() {
    Path missing = dir.resolve("nope.csv");
    int code = Chorus.execute("convert", "--input", missing.toString(), "--output",
        dir.resolve("o.jsonl").toString());
    assertEquals(ExitCode.BAD_INPUT, code);
    assertEquals("chorus: bad input: " + missing + ": no such file", stderr().strip());
    assertFalse(Files.exists(dir.resolve("o.jsonl")), "nothing written for a missing input");
  }

  @Test
  void unknownHeaderSuggestsMap() throws Exception {
    Path in = write("odd.csv", "foo,bar\n1,2\n");
    assertEquals(ExitCode.BAD_INPUT, Chorus.execute("convert", "--input", in.toString(),
        "--output", dir.resolve("o.jsonl").toString()));
    assertTrue(stderr().contains(in + ":1: cannot tell the format") && stderr().contains("--map"),
        stderr());
  }

  @Test
  void badOptionValuesAreUsageErrors() throws Exception {
    Path in = write("a.csv", "author,content,publish_date\n");
    String o = dir.resolve("o.jsonl").toString();
    assertEquals(ExitCode.USAGE, Chorus.execute("convert", "--input", in.toString(),
        "--output", o, "--map", "account=a,body=b"));
    assertTrue(stderr().contains("unknown target 'body'"), stderr());
    assertEquals(ExitCode.USAGE, Chorus.execute("convert", "--input", in.toString(),
        "--output", o, "--format", "xml"));
    assertEquals(ExitCode.USAGE, Chorus.execute("convert", "--input", in.toString(),
        "--output", o, "--on-error", "ignore"));
    assertEquals(ExitCode.USAGE, Chorus.execute("convert", "--output", o));
  }
}
