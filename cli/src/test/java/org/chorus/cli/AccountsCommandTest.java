package org.chorus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A users file in the archive's own layout (gzipped, with a float-notation userid) indexed with
 * its tweets file, then listed, clustered and networked with the accounts' fingerprints. The
 * synthetic fixture (src/test/resources/accounts) is built so each signal has a known answer:
 * 848...001 posts weekday office hours at UTC+8, 001-003 were made the same day, 004 is
 * dormant from 2016 then posts 12 times, 002 switches from zh to en, 005 never posts.
 */
class AccountsCommandTest {
  @TempDir Path dir;
  Path index;
  Path users;
  Path tweets;

  private record Run(int code, String out, String err) {
    List<JsonNode> json() throws Exception {
      List<JsonNode> nodes = new ArrayList<>();
      for (String line : out.strip().split("\n")) {
        if (!line.isBlank()) nodes.add(JsonLines.mapper().readTree(line));
      }
      return nodes;
    }
  }

  private static Run run(String... args) {
    PrintStream oldOut = System.out, oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int code = Chorus.execute(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  private Path resource(String name) throws Exception {
    return Path.of(getClass().getResource("/accounts/" + name).toURI());
  }

  @BeforeEach
  void indexUsersAndTweets() throws Exception {
    users = dir.resolve("hk_users_csv_hashed.gz");
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(users))) {
      os.write(Files.readAllBytes(resource("users.csv")));
    }
    tweets = resource("tweets.csv");
    index = dir.resolve("idx");
    Run r = run("index", "--input", users.toString(), "--input", tweets.toString(), "--index",
        index.toString(), "--json", "--quiet");
    assertEquals(0, r.code(), r.err());
    JsonNode summary = r.json().get(0);
    assertEquals(83, summary.get("indexed").asLong());
    assertEquals(0, summary.get("rejected").asLong(), "the posts are all good");
    JsonNode accounts = summary.get("accounts");
    assertEquals(1, accounts.get("users_files").asInt());
    assertEquals(7, accounts.get("read").asLong());
    assertEquals(2, accounts.get("rejected").asLong());
    assertEquals(5, accounts.get("in_index").asLong());
  }

  @Test
  void badUserRowsAreSetAsideWithFileLineAndField() throws Exception {
    List<String> lines = Files.readAllLines(dir.resolve("idx.rejects.jsonl"));
    assertEquals(2, lines.size());
    JsonNode rounded = JsonLines.mapper().readTree(lines.get(0));
    assertEquals(users.toString(), rounded.get("file").asText());
    assertEquals(7, rounded.get("line").asLong());
    assertEquals("userid", rounded.get("field").asText());
    assertTrue(rounded.get("reason").asText().contains("floating point"));
    JsonNode count = JsonLines.mapper().readTree(lines.get(1));
    assertEquals("follower_count", count.get("field").asText());
  }

  @Test
  void accountsAsJsonCarryAttributesAndSignals() throws Exception {
    Run r = run("accounts", "--index", index.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode n : r.json()) byId.put(n.get("account").asText(), n);
    assertEquals(5, byId.size(), "every account of the users file, posts or not");
    assertFalse(byId.keySet().stream().anyMatch(id -> id.contains("e+18")));

    JsonNode office = byId.get("848000000000000001");
    assertEquals("hkdaily20190", office.get("screen_name").asText());
    assertEquals("HK Daily", office.get("display_name").asText());
    assertEquals(120, office.get("followers").asLong());
    assertEquals(300, office.get("following").asLong());
    assertEquals(41, office.get("posts").asLong());
    assertEquals(8, office.get("rhythm").get("utc_offset").asInt());
    assertEquals(1.0, office.get("rhythm").get("work_share").asDouble());
    assertEquals(7, office.get("rhythm").get("week_hours").size());
    assertEquals("2019-06-03", office.get("creation").get("day").asText());
    assertEquals(3, office.get("creation").get("same_day").asInt());
    assertEquals("users file", office.get("creation").get("source").asText());
    assertTrue(office.get("digit_suffix").asBoolean());

    JsonNode dormant = byId.get("848000000000000004");
    assertTrue(dormant.get("dormancy").get("reactivated").asBoolean());
    assertEquals(12, dormant.get("dormancy").get("posts_after").asInt());
    assertTrue(dormant.get("dormancy").get("silence_days").asLong() > 1000);

    JsonNode switcher = byId.get("848000000000000002");
    assertEquals(1, switcher.get("languages").get("switches").asInt());
    assertEquals("zh", switcher.get("languages").get("languages").get(0).asText());

    JsonNode silent = byId.get("848000000000000005");
    assertEquals(0, silent.get("posts").asLong());
    assertEquals(7, silent.get("followers").asLong());
  }

  @Test
  void accountsTableFilterSortAndLimit() throws Exception {
    Run table = run("accounts", "--index", index.toString());
    assertEquals(0, table.code(), table.err());
    assertTrue(table.out().contains("hkdaily20190"), table.out());
    assertTrue(table.out().contains("UTC+8 100%"), table.out());
    assertTrue(table.out().contains("2019-06-03 x3"), table.out());
    assertTrue(table.out().contains("zh 2019-08 > en 2019-09"), table.out());
    assertTrue(table.out().contains("5 accounts (5 shown); 5 with a users-file record"),
        table.out());

    Run zh = run("accounts", "--index", index.toString(), "--lang", "zh", "--json");
    assertEquals(List.of("848000000000000002"),
        zh.json().stream().map(n -> n.get("account").asText()).toList());

    Run followers = run("accounts", "--index", index.toString(), "--sort", "followers",
        "--limit", "2", "--json");
    assertEquals(List.of("848000000000000003", "848000000000000004"),
        followers.json().stream().map(n -> n.get("account").asText()).toList());

    assertEquals(ExitCode.USAGE, run("accounts", "--index", index.toString(), "--sort",
        "loudest").code());
  }

  @Test
  void accountsNeverCountAsPosts() throws Exception {
    Run stats = run("stats", "--index", index.toString(), "--json");
    assertEquals(0, stats.code(), stats.err());
    assertEquals(83, stats.json().get(0).get("posts").asLong());
    assertEquals(4, stats.json().get(0).get("accounts").asLong(), "the four that posted");
  }

  @Test
  void dupesClustersCarryTheirAccountsFingerprint() throws Exception {
    Run json = run("dupes", "--index", index.toString(), "--json", "--quiet");
    assertEquals(0, json.code(), json.err());
    JsonNode c = json.json().get(0);
    JsonNode f = c.get("fingerprint");
    assertEquals(3, f.get("accounts").asInt());
    assertEquals(3, f.get("creation").get("count").asInt());
    assertEquals("2019-06-03", f.get("creation").get("day").asText());
    assertEquals(1, f.get("language_switchers").asInt());
    assertEquals(2, f.get("digit_names").asInt());
    Run table = run("dupes", "--index", index.toString(), "--quiet");
    assertTrue(table.out().contains("made 2019-06-03 x3"), table.out());
    Run bare = run("dupes", "--index", index.toString(), "--json", "--quiet",
        "--no-fingerprints");
    assertTrue(bare.json().get(0).get("fingerprint").isNull());
  }

  @Test
  void networkNodesCarryFingerprintsInGraphmlAndGexf() throws Exception {
    Path graphml = dir.resolve("net.graphml");
    Run r = run("network", "--index", index.toString(), "--out", graphml.toString(), "--json",
        "--quiet");
    assertEquals(0, r.code(), r.err());
    JsonNode community = r.json().get(0).get("communities").get(0);
    assertEquals(1, community.get("community").asInt());
    assertEquals(3, community.get("accounts").size());
    assertEquals(3, community.get("fingerprint").get("creation").get("count").asInt());
    String xml = Files.readString(graphml);
    assertTrue(xml.contains("<key id=\"work_share\" for=\"node\" attr.name=\"work_share\""
        + " attr.type=\"double\""), xml);
    assertTrue(xml.contains("<data key=\"utc_offset\">8</data>"), xml);
    assertTrue(xml.contains("<data key=\"screen_name\">hkdaily20190</data>"), xml);
    assertTrue(xml.contains("<data key=\"community\">1</data>"), xml);

    Path gexf = dir.resolve("net.gexf");
    assertEquals(0, run("network", "--index", index.toString(), "--out", gexf.toString(),
        "--format", "gexf", "--quiet").code());
    String g = Files.readString(gexf);
    assertTrue(g.contains("title=\"created\" type=\"string\""), g);
    assertTrue(g.contains("value=\"2019-06-03\""), g);
  }
}
