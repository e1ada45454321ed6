package org.chorus.accounts;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Query;
import org.chorus.corpus.AccountRecord;
import org.chorus.corpus.TweetIds;
import org.chorus.index.Schema;

/**
 * Computes account fingerprints over the posts a query selects: one pass over doc values loads
 * each account's post times and languages ({@link PostActivity}); each signal is then a pass over
 * one account's sorted times. Creation bursts are scored against every account the index and its
 * users file know, whatever the selection, since a burst is a property of the dataset.
 */
public final class Fingerprints {
  /** Fewest dated posts for an implied UTC offset: with fewer, many offsets fit equally well. */
  public static final int MIN_POSTS_FOR_OFFSET = 20;
  /** Whole-hour UTC offsets tried, west to east. */
  public static final int MIN_OFFSET = -12, MAX_OFFSET = 14;
  /** A silence at least this long makes an account dormant. */
  public static final int DORMANT_DAYS = 90;
  /** Posts within {@link #BURST_DAYS} of a silence's end that make it a reactivation. */
  public static final int BURST_POSTS = 10, BURST_DAYS = 30;
  /** Fewest posts in a known language for a month to have a dominant language. */
  public static final int MIN_POSTS_PER_MONTH = 3;

  private static final long DAY_SECONDS = 86_400L;
  private static final boolean[] WORK = workHours();

  private final PostActivity activity;
  private final Map<String, AccountRecord> records;
  private final Function<String, String> screenNames;
  private final CreationDays creations;
  private final Map<String, AccountFingerprint> computed = new HashMap<>();

  private Fingerprints(PostActivity activity, Map<String, AccountRecord> records,
      Function<String, String> screenNames, CreationDays creations) {
    this.activity = activity;
    this.records = records;
    this.screenNames = screenNames;
    this.creations = creations;
  }

  /**
   * Loads what the fingerprints of the accounts {@code wanted} accepts (null: all) need.
   *
   * @param filter the posts to read (null: all)
   * @param records the index's account records ({@link AccountStore#read}), by id
   * @param screenNames the screen name posts give an account without a record, or null
   */
  public static Fingerprints load(IndexReader reader, Query filter,
      Map<String, AccountRecord> records, Predicate<String> wanted,
      Function<String, String> screenNames) throws IOException {
    PostActivity activity = PostActivity.load(reader, filter, wanted);
    CreationDays creations = new CreationDays();
    for (String id : everyAccount(reader, records)) {
      Instant made = created(id, records.get(id));
      if (made != null) creations.add(made);
    }
    return new Fingerprints(activity, Map.copyOf(records), screenNames == null ? a -> null
        : screenNames, creations.done());
  }

  /** The accounts with posts in the selection, in the order first met. */
  public List<String> accountsWithPosts() {
    List<String> out = new ArrayList<>();
    for (int a = 0; a < activity.accounts.size(); a++) {
      if (activity.postsOf(a) > 0 || activity.undated[a] > 0) out.add(activity.accounts.get(a));
    }
    return out;
  }

  /** Accounts with a known creation date in the whole dataset. */
  public int accountsWithCreationDate() {
    return creations.total();
  }

  /** The fingerprint of one account (its posts in the selection, if any, and its record). */
  public synchronized AccountFingerprint account(String id) {
    return computed.computeIfAbsent(id, this::compute);
  }

  private AccountFingerprint compute(String id) {
    AccountRecord record = records.get(id);
    Integer a = activity.numbers.get(id);
    long[] posts = a == null ? new long[0]
        : Arrays.copyOfRange(activity.posts, activity.start[a], activity.start[a + 1]);
    long undated = a == null ? 0 : activity.undated[a];
    Instant made = created(id, record);
    Creation creation = made == null ? null
        : creations.of(made, record != null && record.created() != null ? "users file" : "id");
    String name = record != null && record.screenName() != null ? record.screenName()
        : screenNames.apply(id);
    if (name == null && looksLikeHandle(id)) name = id;
    return new AccountFingerprint(id, record == null ? null : record.displayName(),
        ScreenName.of(name), record == null ? null : record.followers(),
        record == null ? null : record.following(), posts.length + undated, undated,
        posts.length == 0 ? null : Instant.ofEpochSecond(PostActivity.seconds(posts[0])),
        posts.length == 0 ? null
            : Instant.ofEpochSecond(PostActivity.seconds(posts[posts.length - 1])),
        rhythm(hours(posts)), creation, dormancy(posts), languages(posts));
  }

  /** The signals of a group of accounts: their posts together, their attributes counted. */
  public GroupFingerprint group(Collection<String> accounts) {
    Set<String> members = new LinkedHashSet<>(accounts);
    int[] hours = new int[168];
    long posts = 0, undated = 0;
    int reactivated = 0, switchers = 0, digitNames = 0, named = 0;
    List<Long> followers = new ArrayList<>(), following = new ArrayList<>();
    Map<Long, Integer> days = new HashMap<>(), weeks = new HashMap<>();
    int known = 0;
    for (String id : members) {
      AccountFingerprint f = account(id);
      List<Integer> h = f.rhythm().hours();
      for (int i = 0; i < 168; i++) hours[i] += h.get(i);
      posts += f.posts();
      undated += f.undated();
      if (f.dormancy().reactivated()) reactivated++;
      if (f.languages().switches() > 0) switchers++;
      if (f.screenName().name() != null) named++;
      if (f.screenName().digitSuffix()) digitNames++;
      if (f.followers() != null) followers.add(f.followers());
      if (f.following() != null) following.add(f.following());
      if (f.creation() != null) {
        known++;
        long day = f.creation().day().toEpochDay();
        days.merge(day, 1, Integer::sum);
        weeks.merge(CreationDays.week(day), 1, Integer::sum);
      }
    }
    return new GroupFingerprint(members.size(), posts, undated, rhythm(hours),
        groupCreation(known, days, weeks), reactivated, switchers, digitNames, named,
        median(followers), median(following));
  }

  private GroupCreation groupCreation(int known, Map<Long, Integer> days,
      Map<Long, Integer> weeks) {
    if (known == 0) return null;
    long day = mode(days), week = mode(weeks);
    int count = days.get(day), weekCount = weeks.get(week);
    double p = (double) creations.onDay(day) / creations.total();
    double pw = (double) creations.inWeek(week) / creations.total();
    return new GroupCreation(known, LocalDate.ofEpochDay(day), count, known * p,
        binomialZ(count, known, p), CreationDays.monday(week), weekCount, known * pw,
        binomialZ(weekCount, known, pw));
  }

  /** The key with the largest count; the earliest among equals. */
  private static long mode(Map<Long, Integer> counts) {
    long best = Long.MAX_VALUE;
    int most = -1;
    for (Map.Entry<Long, Integer> e : counts.entrySet()) {
      if (e.getValue() > most || (e.getValue() == most && e.getKey() < best)) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  static double binomialZ(int count, int n, double p) {
    double var = n * p * (1 - p);
    return var <= 0 ? 0 : (count - n * p) / Math.sqrt(var);
  }

  private static Long median(List<Long> values) {
    if (values.isEmpty()) return null;
    values.sort(null);
    return values.get((values.size() - 1) / 2);
  }

  /** The creation date a record gives, else the one a Twitter snowflake id carries, else null. */
  static Instant created(String id, AccountRecord record) {
    if (record != null && record.created() != null) return record.created();
    return TweetIds.time(id);
  }

  /** An id that is a screen name (1-15 letters, digits or '_', not all digits): IRA authors. */
  static boolean looksLikeHandle(String id) {
    if (id.isEmpty() || id.length() > 15) return false;
    boolean letter = false;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (!(digit || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
      letter |= !digit;
    }
    return letter;
  }

  /** Every account the index has posts of or the users file names. */
  private static Set<String> everyAccount(IndexReader reader, Map<String, AccountRecord> records)
      throws IOException {
    Set<String> all = new LinkedHashSet<>(records.keySet());
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), Schema.ACCOUNT);
      for (long o = 0; o < values.getValueCount(); o++) {
        all.add(values.lookupOrd(o).utf8ToString());
      }
    }
    return all;
  }

  // ---- the signals, each from one account's posts sorted by time ----

  private static int[] hours(long[] posts) {
    int[] hours = new int[168];
    for (long p : posts) hours[hourOfWeek(PostActivity.seconds(p))]++;
    return hours;
  }

  /** Hour of the week at UTC, Monday 00:00 = 0; 1970-01-01 was a Thursday (index 72). */
  static int hourOfWeek(long epochSeconds) {
    return (int) Math.floorMod(Math.floorDiv(epochSeconds, 3600L) + 72, 168L);
  }

  static Rhythm rhythm(int[] hours) {
    long total = 0;
    for (int h : hours) total += h;
    double utc = workShare(hours, 0, total);
    Integer best = null;
    double bestShare = utc;
    if (total >= MIN_POSTS_FOR_OFFSET) {
      // Ties go to the offset nearest UTC, then to the eastern one: a stable, explainable choice.
      for (int off = MIN_OFFSET; off <= MAX_OFFSET; off++) {
        double s = workShare(hours, off, total);
        if (best == null || s > bestShare + 1e-12
            || (Math.abs(s - bestShare) <= 1e-12 && (Math.abs(off) < Math.abs(best)
                || (Math.abs(off) == Math.abs(best) && off > best)))) {
          best = off;
          bestShare = s;
        }
      }
    }
    List<Integer> list = new ArrayList<>(168);
    for (int h : hours) list.add(h);
    return new Rhythm(total, utc, best, bestShare, list);
  }

  private static double workShare(int[] utcHours, int offset, long total) {
    if (total == 0) return 0;
    long work = 0;
    for (int i = 0; i < 168; i++) {
      if (WORK[Math.floorMod(i + offset, 168)]) work += utcHours[i];
    }
    return (double) work / total;
  }

  private static boolean[] workHours() {
    boolean[] w = new boolean[168];
    for (int i = 0; i < 168; i++) {
      int weekday = i / 24, hour = i % 24;
      w[i] = weekday < 5 && hour >= 9 && hour < 18;
    }
    return w;
  }

  static Dormancy dormancy(long[] posts) {
    if (posts.length < 2) return new Dormancy(0, null, 0, false);
    long longest = -1;
    int resumedAt = -1;
    for (int i = 1; i < posts.length; i++) {
      long gap = PostActivity.seconds(posts[i]) - PostActivity.seconds(posts[i - 1]);
      if (gap > longest) {
        longest = gap;
        resumedAt = i;
      }
    }
    long resumed = PostActivity.seconds(posts[resumedAt]);
    long until = resumed + BURST_DAYS * DAY_SECONDS;
    int after = 0;
    for (int i = resumedAt; i < posts.length && PostActivity.seconds(posts[i]) < until; i++) {
      after++;
    }
    long days = longest / DAY_SECONDS;
    return new Dormancy(days, Instant.ofEpochSecond(resumed), after,
        days >= DORMANT_DAYS && after >= BURST_POSTS);
  }

  private LanguageHistory languages(long[] posts) {
    List<LanguageHistory.Period> periods = new ArrayList<>();
    int[] counts = new int[activity.langs.size() + 1];
    int i = 0;
    while (i < posts.length) {
      YearMonth month = month(posts[i]);
      Arrays.fill(counts, 0);
      int j = i, known = 0;
      // A month's posts are contiguous: the slice is in time order.
      while (j < posts.length && month(posts[j]).equals(month)) {
        String lang = activity.langs.isEmpty() ? "und" : activity.langs.get(PostActivity.lang(posts[j]));
        if (!lang.equals("und")) {
          counts[PostActivity.lang(posts[j])]++;
          known++;
        }
        j++;
      }
      if (known >= MIN_POSTS_PER_MONTH) {
        int top = 0;
        for (int k = 1; k < counts.length; k++) if (counts[k] > counts[top]) top = k;
        String lang = activity.langs.get(top);
        LanguageHistory.Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        if (last != null && last.lang().equals(lang)) {
          periods.set(periods.size() - 1,
              new LanguageHistory.Period(lang, last.from(), month, last.posts() + (j - i)));
        } else {
          periods.add(new LanguageHistory.Period(lang, month, month, j - i));
        }
      }
      i = j;
    }
    return new LanguageHistory(periods, Math.max(0, periods.size() - 1));
  }

  private static YearMonth month(long post) {
    LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(PostActivity.seconds(post), DAY_SECONDS));
    return YearMonth.of(d.getYear(), d.getMonth());
  }
}
