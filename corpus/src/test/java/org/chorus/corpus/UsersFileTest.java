package org.chorus.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Twitter information-operations users files: recognised by header, read as account records. */
class UsersFileTest {
  static final String HEADER = "userid,user_display_name,user_screen_name,user_reported_location,"
      + "user_profile_description,user_profile_url,follower_count,following_count,"
      + "account_creation_date,account_language\n";
  static final String ROWS = HEADER
      + "848000000000000001,HK Daily,hkdaily20190,Hong Kong,\"news, daily\",https://t.co/x,120,300,"
      + "2019-06-03,en\n"
      + "1.1540445045941903e+18,Rounded,rounded_id,,,,1,1,2019-06-03,en\n"
      + "848000000000000002,Li Wei,liwei_55821,,,,15.0,800,2019-06-03 08:15,zh-cn\n"
      + "848000000000000003,Bad,bad_count,,,,many,1,2019-06-04,en\n"
      + "848000000000000004,Bad date,bad_date,,,,1,1,not a date,en\n"
      + "hashedAbC+/=,,,,,,,,,\n"
      + ",No id,no_id,,,,1,1,2019-06-04,en\n"
      + "848000000000000005,Short row\n";

  @TempDir Path dir;

  private record Read(List<AccountRecord> accounts, List<Rejection> rejections) {}

  private static Read read(Path file) throws Exception {
    List<Rejection> rejections = new ArrayList<>();
    List<AccountRecord> accounts = new ArrayList<>();
    try (AccountReader r = Datasets.openAccounts(file, rejections::add)) {
      for (AccountRecord a = r.next(); a != null; a = r.next()) accounts.add(a);
    }
    return new Read(accounts, rejections);
  }

  @Test
  void readsTheArchiveLayoutAndRejectsBadRowsWithFileLineAndField() throws Exception {
    Path f = Files.writeString(dir.resolve("hk_users.csv"), ROWS);
    assertTrue(Datasets.isUsersFile(f));
    Read r = read(f);
    assertEquals(List.of("848000000000000001", "848000000000000002", "hashedAbC+/="),
        r.accounts().stream().map(AccountRecord::id).toList());
    AccountRecord a = r.accounts().get(0);
    assertEquals("HK Daily", a.displayName());
    assertEquals("hkdaily20190", a.screenName());
    assertEquals("Hong Kong", a.reportedLocation());
    assertEquals("news, daily", a.description());
    assertEquals("https://t.co/x", a.profileUrl());
    assertEquals(120L, a.followers());
    assertEquals(300L, a.following());
    assertEquals(Instant.parse("2019-06-03T00:00:00Z"), a.created());
    assertEquals("en", a.language());
    AccountRecord b = r.accounts().get(1);
    assertEquals(15L, b.followers(), "pandas writes counts as 15.0");
    assertEquals(Instant.parse("2019-06-03T08:15:00Z"), b.created());
    AccountRecord hashed = r.accounts().get(2);
    assertNull(hashed.screenName());
    assertNull(hashed.followers());
    assertNull(hashed.created());

    List<Rejection> rej = r.rejections();
    assertEquals(5, rej.size(), rej.toString());
    Rejection rounded = rej.get(0);
    assertEquals(f.toString(), rounded.file());
    assertEquals(3, rounded.line());
    assertEquals("userid", rounded.field());
    assertTrue(rounded.reason().contains("floating point"), rounded.reason());
    assertEquals("follower_count", rej.get(1).field());
    assertEquals(5, rej.get(1).line());
    assertEquals("account_creation_date", rej.get(2).field());
    assertEquals("userid", rej.get(3).field());
    assertEquals("missing", rej.get(3).reason());
    assertNull(rej.get(4).field());
    assertTrue(rej.get(4).reason().contains("expected 10 fields"), rej.get(4).reason());
    assertFalse(r.accounts().stream().anyMatch(x -> x.id().contains("e+18")),
        "a rounded id is never a key");
  }

  @Test
  void readsGzippedUsersFilesWhateverTheirName() throws Exception {
    Path f = dir.resolve("users.bin");
    try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(f))) {
      os.write(ROWS.getBytes(StandardCharsets.UTF_8));
    }
    assertTrue(Datasets.isUsersFile(f));
    assertEquals(3, read(f).accounts().size());
  }

  @Test
  void tweetsFilesAreNotUsersFilesAndUsersFilesAreNotPosts() throws Exception {
    Path tweets = Files.writeString(dir.resolve("tweets.csv"), TwitterArchiveTest.HEADER
        + "1160685539485585408,848000000000000001,HK Daily,hk_daily,,en,hi,2019-08-12 03:04,,,,"
        + "False,,,[],[],[]\n");
    assertFalse(Datasets.isUsersFile(tweets));
    InvalidInputException notUsers = assertThrows(InvalidInputException.class,
        () -> Datasets.openAccounts(tweets, r -> {}));
    assertTrue(notUsers.getMessage().contains("not a users file"), notUsers.getMessage());
    Path users = Files.writeString(dir.resolve("users.csv"), ROWS);
    InvalidInputException notPosts = assertThrows(InvalidInputException.class,
        () -> Datasets.open(users, Format.AUTO, null, r -> {}));
    assertTrue(notPosts.getMessage().contains("users file"), notPosts.getMessage());
    Path jsonl = Files.writeString(dir.resolve("posts.jsonl"), "{\"id\":\"1\"}\n");
    assertFalse(Datasets.isUsersFile(jsonl));
  }

  @Test
  void accountJsonRoundTrips() {
    AccountRecord a = new AccountRecord("42", "Näme \uD83D\uDE00", "n_1234", "HK", "d", "u", 1L,
        null, Instant.parse("2019-06-03T00:00:00Z"), "zh");
    assertEquals(a, AccountJson.read(AccountJson.write(a), "f", 1));
    assertEquals(AccountRecord.of("7"), AccountJson.read(AccountJson.write(AccountRecord.of("7")),
        "f", 1));
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> AccountJson.read("{\"user_screen_name\":\"x\"}", "accounts.jsonl", 3));
    assertEquals("userid", e.rejection().field());
  }
}
