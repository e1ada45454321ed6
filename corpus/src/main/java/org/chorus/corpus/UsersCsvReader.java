package org.chorus.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Account records from a Twitter information-operations users file ({@code userid,
 * user_display_name, user_screen_name, user_reported_location, user_profile_description,
 * user_profile_url, follower_count, following_count, account_creation_date, account_language}).
 * Only {@code userid} is required of a row; the other columns are read when the header has them.
 */
final class UsersCsvReader implements AccountReader {
  static final String USERID = "userid";
  /** Columns that make a header a users file; a tweets file has them too, but also a tweet id. */
  static final List<String> REQUIRED = List.of(USERID, "user_screen_name",
      "account_creation_date");
  /** Columns only a tweets file has. */
  static final List<String> POST_COLUMNS = List.of("tweetid", "tweet_text");

  private final String file;
  private final CsvTokenizer rows;
  private final Closeable source;
  private final List<String> header;
  private final RejectHandler rejects;
  private final int id, displayName, screenName, location, description, url, followers,
      following, created, language;

  UsersCsvReader(String file, CsvTokenizer rows, Closeable source, List<String> header,
      RejectHandler rejects) {
    this.file = file;
    this.rows = rows;
    this.source = source;
    this.header = header;
    this.rejects = rejects;
    id = column(USERID);
    displayName = column("user_display_name");
    screenName = column("user_screen_name");
    location = column("user_reported_location");
    description = column("user_profile_description");
    url = column("user_profile_url");
    followers = column("follower_count");
    following = column("following_count");
    created = column("account_creation_date");
    language = column("account_language");
  }

  /** True when {@code header} is a users file's: the account columns and no tweet columns. */
  static boolean recognises(List<String> header) {
    List<String> lower = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    return lower.containsAll(REQUIRED) && POST_COLUMNS.stream().noneMatch(lower::contains);
  }

  private int column(String name) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(name)) return i;
    }
    return -1;
  }

  @Override
  public AccountRecord next() throws IOException {
    while (rows.next(file)) {
      AccountRecord a = toAccount();
      if (a != null) return a;
    }
    return null;
  }

  @Override
  public long line() {
    return rows.line();
  }

  @Override
  public void close() throws IOException {
    source.close();
  }

  private AccountRecord toAccount() {
    if (rows.error() != null) {
      int f = rows.errorField();
      return reject(f >= 0 && f < header.size() ? header.get(f) : null, rows.error());
    }
    if (rows.fields() != header.size()) {
      reject(null, "expected " + header.size() + " fields, found " + rows.fields());
      rows.rereadAfterFirstLine();
      return null;
    }
    int bad = rows.firstInvalidUtf8Field();
    if (bad >= 0) return reject(header.get(bad), "invalid UTF-8");
    String userid = value(id);
    if (userid == null) return reject(header.get(id), "missing");
    if (MappedPosts.rounded(userid)) {
      return reject(header.get(id), "id rounded to floating point by a spreadsheet ('" + userid
          + "'): it names no single account, so it is not used as a key");
    }
    Long followerCount, followingCount;
    try {
      followerCount = count(followers);
      followingCount = count(following);
    } catch (BadValue e) {
      return reject(header.get(e.column), e.getMessage());
    }
    java.time.Instant made = null;
    String madeText = value(created);
    if (madeText != null) {
      made = Times.parse(madeText);
      if (made == null) {
        return reject(header.get(created), "unparsable date '" + Rejection.excerpt(madeText) + "'");
      }
    }
    return new AccountRecord(userid, value(displayName), value(screenName), value(location),
        value(description), value(url), followerCount, followingCount, made,
        Languages.normalise(value(language)));
  }

  /** A count: digits, or a float with nothing after the point (pandas writes 1234.0). */
  private Long count(int column) {
    String v = value(column);
    if (v == null) return null;
    String digits = v.endsWith(".0") ? v.substring(0, v.length() - 2) : v;
    if (digits.isEmpty() || digits.length() > 18) throw new BadValue(column, v);
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') throw new BadValue(column, v);
    }
    return Long.parseLong(digits);
  }

  private String value(int column) {
    if (column < 0 || rows.isEmpty(column)) return null;
    String v = rows.field(column).strip();
    return v.isEmpty() ? null : v;
  }

  private AccountRecord reject(String field, String reason) {
    rejects.reject(new Rejection(file, rows.line(), field, reason, rows.excerpt()));
    return null;
  }

  /** A count that is not one; cheap (no stack trace), bad files have many. */
  private static final class BadValue extends RuntimeException {
    final int column;

    BadValue(int column, String value) {
      super("expected a whole number, found '" + Rejection.excerpt(value) + "'", null, false,
          false);
      this.column = column;
    }
  }
}
