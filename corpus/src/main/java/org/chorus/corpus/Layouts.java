package org.chorus.corpus;

import java.util.List;
import java.util.Locale;

/**
 * The CSV layouts Chorus reads without a column map, recognised by their header. Optional
 * columns of a layout are used when present, so trimmed or older releases still read.
 */
final class Layouts {
  /** Twitter's information-operations archive, hashed and unhashed releases alike. */
  static final Layout TWITTER = new Layout("Twitter information-operations archive",
      List.of("tweetid", "userid", "tweet_text"),
      ColumnMap.parse("id=tweetid,account=userid,screen_name=user_screen_name,time=tweet_time,"
          + "lang=tweet_language,text=tweet_text,hashtags=hashtags,urls=urls,"
          + "mentions=user_mentions,retweet=is_retweet,retweet_of=retweet_tweetid,"
          + "reply_to=in_reply_to_tweetid,quote_of=quoted_tweet_tweetid"));

  /** FiveThirtyEight's russian-troll-tweets (IRA), with Linvill and Warren's categories. */
  static final Layout IRA = new Layout("FiveThirtyEight russian-troll-tweets",
      List.of("author", "content", "publish_date"),
      ColumnMap.parse("id=tweet_id,account=author,time=publish_date,lang=language,text=content,"
          + "retweet=retweet,label=account_category"));

  /** Chua Chin Hon's state-troll versus verified-account sample: no user id, no time. */
  static final Layout STATE_TROLLS = new Layout("state trolls vs verified (Chua)",
      List.of("tweetid", "user_display_name", "tweet_text"),
      ColumnMap.parse("id=tweetid,account=user_display_name,text=tweet_text,label=troll_or_not"));

  private static final List<Layout> AUTO = List.of(TWITTER, IRA, STATE_TROLLS);

  private Layouts() {}

  record Layout(String name, List<String> required, ColumnMap columns) {
    boolean matches(List<String> header) {
      return missing(header) == null;
    }

    /** The first required column the header lacks (ignoring case), or null. */
    String missing(List<String> header) {
      List<String> lower = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
      return required.stream().filter(c -> !lower.contains(c)).findFirst().orElse(null);
    }

    Layout bound(List<String> header) {
      return new Layout(name, required, columns.retainPresent(header));
    }
  }

  /**
   * The column map for a CSV file without {@code --map}: the Twitter layout when asked for, else
   * the first built-in layout whose required columns the header has.
   */
  static Layout choose(String file, List<String> header, Format format) {
    if (format == Format.TWITTER) {
      String missing = TWITTER.missing(header);
      if (missing != null) {
        throw new InvalidInputException(file, 1, missing, "no such column: not a Twitter archive"
            + " header (it needs " + String.join(", ", TWITTER.required()) + "); header is: "
            + String.join(", ", header));
      }
      return TWITTER.bound(header);
    }
    if (format == Format.CSV) {
      throw new InvalidInputException(file, 1, null, "--format csv needs a column map (--map "
          + "id=...,account=...,text=...,time=...); header is: " + String.join(", ", header));
    }
    for (Layout layout : AUTO) {
      if (layout.matches(header)) return layout.bound(header);
    }
    throw new InvalidInputException(file, 1, null, "cannot tell the format from the header ("
        + String.join(", ", header) + "); give a column map, e.g. --map id=COLUMN,account=COLUMN,"
        + "text=COLUMN,time=COLUMN[,lang=...,label=...]");
  }
}
