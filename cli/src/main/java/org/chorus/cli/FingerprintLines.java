package org.chorus.cli;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chorus.accounts.AccountFingerprint;
import org.chorus.accounts.Creation;
import org.chorus.accounts.GroupCreation;
import org.chorus.accounts.GroupFingerprint;
import org.chorus.accounts.LanguageHistory;
import org.chorus.accounts.Rhythm;

/** Account and group fingerprints as JSON fields and as compact table cells. */
final class FingerprintLines {
  private FingerprintLines() {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record AccountLine(String type, String account, String screenName, String displayName,
      Long followers, Long following, long posts, long undated, Instant first, Instant last,
      RhythmLine rhythm, CreationLine creation, DormancyLine dormancy, LanguagesLine languages,
      int trailingDigits, boolean digitSuffix) {
    static AccountLine of(AccountFingerprint f) {
      Creation c = f.creation();
      return new AccountLine("account", f.account(), f.screenName().name(), f.displayName(),
          f.followers(), f.following(), f.posts(), f.undated(), f.first(), f.last(),
          RhythmLine.of(f.rhythm()),
          c == null ? null : new CreationLine(c.day(), c.source(), c.sameDay(),
              JsonLines.round(c.dayZ(), 2), c.week(), c.sameWeek(), JsonLines.round(c.weekZ(), 2)),
          new DormancyLine(f.dormancy().silenceDays(), f.dormancy().resumed(),
              f.dormancy().postsAfter(), f.dormancy().reactivated()),
          LanguagesLine.of(f.languages()), f.screenName().trailingDigits(),
          f.screenName().digitSuffix());
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record CreationLine(LocalDate day, String source, int sameDay, double dayZ, LocalDate week,
      int sameWeek, double weekZ) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record RhythmLine(long posts, double workShareUtc, Integer utcOffset, double workShare,
      List<List<Integer>> weekHours) {
    static RhythmLine of(Rhythm r) {
      List<List<Integer>> days = new ArrayList<>(7);
      for (int d = 0; d < 7; d++) days.add(r.hours().subList(d * 24, d * 24 + 24));
      return new RhythmLine(r.posts(), JsonLines.round(r.workShareUtc(), 4), r.offsetHours(),
          JsonLines.round(r.workShare(), 4), days);
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record DormancyLine(long silenceDays, Instant resumed, int postsAfter, boolean reactivated) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record LanguagesLine(int switches, List<String> languages, List<LanguageHistory.Period> periods) {
    static LanguagesLine of(LanguageHistory h) {
      return new LanguagesLine(h.switches(), h.languages(), h.periods());
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record GroupLine(int accounts, long posts, long undated, RhythmLine rhythm,
      CreationBurstLine creation, int reactivated, int languageSwitchers, int digitNames,
      int named, Long medianFollowers, Long medianFollowing) {
    static GroupLine of(GroupFingerprint g) {
      return new GroupLine(g.accounts(), g.posts(), g.undated(), RhythmLine.of(g.rhythm()),
          CreationBurstLine.of(g.creation()), g.reactivated(), g.languageSwitchers(),
          g.digitNames(), g.named(), g.medianFollowers(), g.medianFollowing());
    }
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record CreationBurstLine(int known, LocalDate day, int count, double expected, double z,
      LocalDate week, int weekCount, double weekExpected, double weekZ) {
    static CreationBurstLine of(GroupCreation c) {
      if (c == null) return null;
      return new CreationBurstLine(c.known(), c.day(), c.count(), JsonLines.round(c.expected(), 3),
          JsonLines.round(c.z(), 2), c.week(), c.weekCount(), JsonLines.round(c.weekExpected(), 3),
          JsonLines.round(c.weekZ(), 2));
    }
  }

  /** "UTC+3 71% | made 2013-06-03 x12 z=8.1 | 3 reactivated | 2 switch lang | 5/9 digit names". */
  static String compact(GroupFingerprint g) {
    List<String> parts = new ArrayList<>();
    Rhythm r = g.rhythm();
    parts.add(r.posts() == 0 ? "no dated posts" : String.format(Locale.ROOT, "%s %.0f%% work",
        r.offsetLabel(), 100 * r.workShare()));
    GroupCreation c = g.creation();
    parts.add(c == null ? "created ?" : String.format(Locale.ROOT, "made %s x%d z=%.1f", c.day(),
        c.count(), c.z()));
    if (g.reactivated() > 0) parts.add(g.reactivated() + " reactivated");
    if (g.languageSwitchers() > 0) parts.add(g.languageSwitchers() + " switch lang");
    if (g.named() > 0) parts.add(g.digitNames() + "/" + g.named() + " digit names");
    return String.join(" | ", parts);
  }

  /** Work share at the implied offset, as a table cell: "UTC+3 71%", "?" without posts. */
  static String work(Rhythm r) {
    if (r.posts() == 0) return "-";
    return String.format(Locale.ROOT, "%s %.0f%%", r.offsetLabel(), 100 * r.workShare());
  }

  static String creation(Creation c) {
    if (c == null) return "?";
    return String.format(Locale.ROOT, "%s x%d z=%.1f", c.day(), c.sameDay(), c.dayZ());
  }
}
