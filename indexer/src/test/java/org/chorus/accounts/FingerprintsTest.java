package org.chorus.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.chorus.corpus.Account;
import org.chorus.corpus.AccountRecord;
import org.chorus.corpus.Post;
import org.chorus.dupes.TestIndexes;
import org.chorus.index.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each fingerprint signal on small constructed accounts whose answer is known by design. */
class FingerprintsTest {
  @TempDir Path dir;
  private final List<Post> posts = new ArrayList<>();
  private int next;

  private void post(String account, Instant t, String lang) {
    posts.add(Post.builder("p" + next++, Account.of(account), t, "post " + next).lang(lang).build());
  }

  private Fingerprints load(Map<String, AccountRecord> records) throws Exception {
    DirectoryReader reader = TestIndexes.write(dir.resolve("idx" + next), posts);
    return Fingerprints.load(reader, null, records, null, a -> null);
  }

  @Test
  void hourOfWeekStartsMondayMidnightUtc() {
    assertEquals(0, Fingerprints.hourOfWeek(Instant.parse("2019-08-12T00:00:00Z").getEpochSecond()));
    assertEquals(3, Fingerprints.hourOfWeek(Instant.parse("2019-08-12T03:59:59Z").getEpochSecond()));
    assertEquals(167, Fingerprints.hourOfWeek(Instant.parse("2019-08-18T23:00:00Z").getEpochSecond()));
    assertEquals(72, Fingerprints.hourOfWeek(0));
  }

  @Test
  void officeHoursInBeijingImplyUtcPlusEight() throws Exception {
    // Monday to Friday, 01:00 to 09:00 UTC is 09:00 to 17:00 at UTC+8.
    Instant monday = Instant.parse("2019-08-05T01:00:00Z");
    for (int day = 0; day < 5; day++) {
      for (int h = 0; h < 8; h++) post("office", monday.plus(Duration.ofHours(24 * day + h)), "zh");
    }
    // Too few posts to tell: the same rhythm, 10 posts.
    for (int h = 0; h < 10; h++) post("few", monday.plus(Duration.ofHours(h % 8)), "zh");
    Fingerprints f = load(Map.of());
    Rhythm r = f.account("office").rhythm();
    assertEquals(40, r.posts());
    assertEquals(8, r.offsetHours());
    assertEquals(1.0, r.workShare(), 1e-9);
    assertEquals(0.0, r.workShareUtc(), 1e-9, "01:00-09:00 UTC is outside 09-18 at UTC");
    assertEquals(8, r.hours().get(1) + r.hours().get(2) + r.hours().get(3) + r.hours().get(4)
        + r.hours().get(5) + r.hours().get(6) + r.hours().get(7) + r.hours().get(8));
    assertEquals("UTC+8", r.offsetLabel());
    Rhythm few = f.account("few").rhythm();
    assertNull(few.offsetHours());
    assertEquals("?", few.offsetLabel());
  }

  @Test
  void aLongSilenceThenABurstIsAReactivation() throws Exception {
    Instant old = Instant.parse("2016-01-04T15:00:00Z");
    Instant back = Instant.parse("2019-08-05T03:00:00Z");
    for (int k = 0; k < 3; k++) post("woken", old.plus(Duration.ofDays(k)), "en");
    for (int k = 0; k < 12; k++) post("woken", back.plus(Duration.ofDays(k)), "en");
    for (int k = 0; k < 3; k++) post("trickle", old.plus(Duration.ofDays(k)), "en");
    for (int k = 0; k < 5; k++) post("trickle", back.plus(Duration.ofDays(k)), "en");
    for (int k = 0; k < 30; k++) post("steady", back.plus(Duration.ofDays(k)), "en");
    Fingerprints f = load(Map.of());
    Dormancy w = f.account("woken").dormancy();
    assertEquals(Duration.between(old.plus(Duration.ofDays(2)), back).toDays(), w.silenceDays());
    assertEquals(back, w.resumed());
    assertEquals(12, w.postsAfter());
    assertTrue(w.reactivated());
    Dormancy t = f.account("trickle").dormancy();
    assertEquals(5, t.postsAfter());
    assertFalse(t.reactivated(), "5 posts after the silence are no burst");
    Dormancy s = f.account("steady").dormancy();
    assertEquals(1, s.silenceDays());
    assertFalse(s.reactivated());
  }

  @Test
  void languageSwitchesAreChangesOfTheMonthlyDominantLanguage() throws Exception {
    Instant jan = Instant.parse("2019-01-10T10:00:00Z");
    for (int k = 0; k < 4; k++) post("switcher", jan.plus(Duration.ofHours(k)), "ru");
    post("switcher", jan.plus(Duration.ofHours(5)), "en");
    Instant feb = Instant.parse("2019-02-10T10:00:00Z");
    for (int k = 0; k < 3; k++) post("switcher", feb.plus(Duration.ofHours(k)), "ru");
    // March: two known-language posts only (too few), plus undetermined ones.
    Instant mar = Instant.parse("2019-03-10T10:00:00Z");
    post("switcher", mar, "en");
    post("switcher", mar.plusSeconds(60), "en");
    for (int k = 0; k < 5; k++) post("switcher", mar.plusSeconds(120 + k), "und");
    Instant apr = Instant.parse("2019-04-10T10:00:00Z");
    for (int k = 0; k < 3; k++) post("switcher", apr.plus(Duration.ofHours(k)), "en");
    Instant may = Instant.parse("2019-05-10T10:00:00Z");
    for (int k = 0; k < 3; k++) post("switcher", may.plus(Duration.ofHours(k)), "ru");
    LanguageHistory h = load(Map.of()).account("switcher").languages();
    assertEquals(List.of(
        new LanguageHistory.Period("ru", YearMonth.of(2019, 1), YearMonth.of(2019, 2), 8),
        new LanguageHistory.Period("en", YearMonth.of(2019, 4), YearMonth.of(2019, 4), 3),
        new LanguageHistory.Period("ru", YearMonth.of(2019, 5), YearMonth.of(2019, 5), 3)),
        h.periods());
    assertEquals(2, h.switches());
    assertEquals(List.of("ru", "en"), h.languages());
    assertEquals("ru 2019-01..2019-02 > en 2019-04 > ru 2019-05", h.describe());
  }

  @Test
  void creationBurstsAreScoredAgainstTheDatasetsOwnCreationDays() throws Exception {
    Map<String, AccountRecord> records = new HashMap<>();
    Instant burst = Instant.parse("2019-06-03T00:00:00Z");
    for (int i = 0; i < 4; i++) records.put("b" + i, made("b" + i, burst, 100L * (i + 1)));
    // Four more accounts, one on each of four other days of the ten-day span.
    for (int i = 0; i < 4; i++) {
      records.put("o" + i, made("o" + i, burst.plus(Duration.ofDays(2 * i + 3)), null));
    }
    for (String id : records.keySet()) post(id, Instant.parse("2019-08-05T10:00:00Z"), "en");
    // A snowflake user id carries its own creation time; a plain handle carries none.
    post("1154044504594190336", Instant.parse("2019-08-05T10:00:00Z"), "en");
    post("plainhandle", Instant.parse("2019-08-05T10:00:00Z"), "en");
    Fingerprints f = load(records);
    Creation c = f.account("b0").creation();
    assertEquals(LocalDate.of(2019, 6, 3), c.day());
    assertEquals("users file", c.source());
    assertEquals(4, c.sameDay());
    // Days 2019-06-03 .. 2019-07-25 (the snowflake's day), 53 days, 9 creations:
    Creation flake = f.account("1154044504594190336").creation();
    assertEquals("id", flake.source());
    assertEquals(LocalDate.of(2019, 7, 24), flake.day());
    long days = flake.day().toEpochDay() - c.day().toEpochDay() + 1;
    double mean = 9.0 / days;
    double sd = Math.sqrt((16 + 1 + 1 + 1 + 1 + 1) / (double) days - mean * mean);
    assertEquals((4 - mean) / sd, c.dayZ(), 1e-9);
    assertEquals((1 - mean) / sd, f.account("o0").creation().dayZ(), 1e-9);
    assertTrue(c.dayZ() > f.account("o0").creation().dayZ());
    assertNull(f.account("plainhandle").creation());
    assertEquals(9, f.accountsWithCreationDate());

    GroupFingerprint g = f.group(List.of("b0", "b1", "b2", "o0", "plainhandle"));
    GroupCreation gc = g.creation();
    assertEquals(4, gc.known());
    assertEquals(LocalDate.of(2019, 6, 3), gc.day());
    assertEquals(3, gc.count());
    double p = 4 / 9.0;
    assertEquals(4 * p, gc.expected(), 1e-9);
    assertEquals((3 - 4 * p) / Math.sqrt(4 * p * (1 - p)), gc.z(), 1e-9);
    assertEquals(200L, g.medianFollowers(), "median of 100, 200, 300");
    assertNull(g.medianFollowing());
    assertEquals(5, g.accounts());
  }

  private static AccountRecord made(String id, Instant created, Long followers) {
    return new AccountRecord(id, null, id.startsWith("b") ? "maria" + id.charAt(1) + "4821" : null,
        null, null, null, followers, null, created, null);
  }

  @Test
  void screenNamesEndingInARunOfDigits() {
    assertTrue(ScreenName.of("maria_lopez83921").digitSuffix());
    assertEquals(5, ScreenName.of("maria_lopez83921").trailingDigits());
    assertFalse(ScreenName.of("anna_k").digitSuffix());
    assertFalse(ScreenName.of("agent007").digitSuffix(), "three digits are a name");
    assertTrue(ScreenName.of("agent0070").digitSuffix());
    assertFalse(ScreenName.of("12345678").digitSuffix(), "digits alone are no name plus digits");
    assertEquals(ScreenName.UNKNOWN, ScreenName.of(" "));
    assertTrue(Fingerprints.looksLikeHandle("10_gop"));
    assertFalse(Fingerprints.looksLikeHandle("848000000000000001"));
    assertFalse(Fingerprints.looksLikeHandle("a/b+c=hashedvalue"));
  }

  @Test
  void groupsCountTheirAccountsSignals() throws Exception {
    Map<String, AccountRecord> records = Map.of(
        "a", new AccountRecord("a", null, "name12345", null, null, null, 5L, 50L, null, null),
        "b", new AccountRecord("b", null, "plain", null, null, null, 7L, 70L, null, null));
    Instant monday = Instant.parse("2019-08-05T10:00:00Z");
    for (int k = 0; k < 15; k++) post("a", monday.plus(Duration.ofMinutes(k)), "en");
    for (int k = 0; k < 15; k++) post("b", monday.plus(Duration.ofHours(48)).plusSeconds(k), "en");
    Fingerprints f = load(records);
    GroupFingerprint g = f.group(List.of("a", "b", "a"));
    assertEquals(2, g.accounts());
    assertEquals(30, g.posts());
    assertEquals(30, g.rhythm().posts());
    assertEquals(0, g.rhythm().offsetHours(), "10:00 UTC on weekdays fits best at UTC");
    assertEquals(1, g.digitNames());
    assertEquals(2, g.named());
    assertEquals(5L, g.medianFollowers(), "lower median of two");
    assertEquals(50L, g.medianFollowing());
    assertNull(g.creation());
  }

  @Test
  void undatedPostsAreCountedAndKeptOutOfTimeSignals() throws Exception {
    for (int k = 0; k < 3; k++) post("mixed", Instant.EPOCH, "en");
    post("mixed", Instant.parse("2019-08-05T10:00:00Z"), "en");
    AccountFingerprint a = load(Map.of()).account("mixed");
    assertEquals(4, a.posts());
    assertEquals(3, a.undated());
    assertEquals(1, a.rhythm().posts());
    assertEquals(Instant.parse("2019-08-05T10:00:00Z"), a.first());
  }

  @Test
  void theSelectionLimitsThePostsAndTheWantedAccounts() throws Exception {
    Instant t = Instant.parse("2019-08-05T10:00:00Z");
    for (int k = 0; k < 5; k++) post("x", t.plusSeconds(k), k < 2 ? "en" : "ru");
    post("y", t, "en");
    post("z", t, "ru");
    DirectoryReader reader = TestIndexes.write(dir.resolve("sel"), posts);
    Fingerprints f = Fingerprints.load(reader, new TermQuery(new Term(Schema.LANG, "en")),
        Map.of(), "x"::equals, null);
    assertEquals(List.of("x"), f.accountsWithPosts());
    assertEquals(2, f.account("x").posts());
    assertEquals(0, f.account("y").posts());
    Fingerprints en = Fingerprints.load(reader, new TermQuery(new Term(Schema.LANG, "en")),
        Map.of(), null, null);
    assertEquals(List.of("x", "y"), en.accountsWithPosts(), "z posted nothing in English");
  }

  @Test
  void theAccountStoreKeepsRecordsBesideTheIndexAndReplacesById() throws Exception {
    Path idx = dir.resolve("store");
    java.nio.file.Files.createDirectories(idx);
    assertTrue(AccountStore.read(idx).isEmpty());
    assertEquals(2, AccountStore.add(idx, List.of(AccountRecord.of("1"),
        new AccountRecord("2", "Two", null, null, null, null, 3L, null, null, null))));
    assertEquals(3, AccountStore.add(idx, List.of(
        new AccountRecord("2", "Deux", null, null, null, null, 4L, null, null, null),
        AccountRecord.of("3"))));
    Map<String, AccountRecord> kept = AccountStore.read(idx);
    assertEquals(List.of("1", "2", "3"), List.copyOf(kept.keySet()));
    assertEquals("Deux", kept.get("2").displayName());
    assertEquals(4L, kept.get("2").followers());
  }
}
