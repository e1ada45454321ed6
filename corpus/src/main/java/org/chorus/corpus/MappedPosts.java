package org.chorus.corpus;

import static org.chorus.corpus.ColumnMap.Target.ACCOUNT;
import static org.chorus.corpus.ColumnMap.Target.HASHTAGS;
import static org.chorus.corpus.ColumnMap.Target.ID;
import static org.chorus.corpus.ColumnMap.Target.LABEL;
import static org.chorus.corpus.ColumnMap.Target.LANG;
import static org.chorus.corpus.ColumnMap.Target.MENTIONS;
import static org.chorus.corpus.ColumnMap.Target.QUOTE_OF;
import static org.chorus.corpus.ColumnMap.Target.REPLY_TO;
import static org.chorus.corpus.ColumnMap.Target.RETWEET;
import static org.chorus.corpus.ColumnMap.Target.RETWEET_OF;
import static org.chorus.corpus.ColumnMap.Target.SCREEN_NAME;
import static org.chorus.corpus.ColumnMap.Target.TEXT;
import static org.chorus.corpus.ColumnMap.Target.TIME;
import static org.chorus.corpus.ColumnMap.Target.URLS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.chorus.corpus.text.Links;

/**
 * Builds posts from records read through a column map: the one interpretation the CSV and the
 * mapped JSON Lines readers share. Text and account are required; a file without an id gets
 * {@code <file stem>:<row>}; without a time, the time a Twitter id carries, else {@link #NO_TIME};
 * hashtags, links and mentions without a source are taken from the text. Counts what it had to
 * assume for {@link #notes()}.
 */
final class MappedPosts {
  /** The time given to posts when the file has no time and the id carries none. */
  static final Instant NO_TIME = Post.NO_TIME;

  private final String file;
  private final String stem;
  private final Set<ColumnMap.Target> mapped;
  private final String unit;
  private final String rowName;
  private final List<String> notes;
  private long undated;
  /** Post ids and linked ids that a spreadsheet rounded to floating point ({@link #rounded}). */
  private long roundedIds;
  private long roundedLinks;
  /** The rounded values left out of the last post built, for the rejects file. */
  private final List<Dropped> dropped = new ArrayList<>();

  /** A rounded value left out of a kept post: where it was and why. */
  record Dropped(ColumnMap.Target target, String reason) {}

  /**
   * @param mapped the targets the file has a source for
   * @param unit what a source is called in this format, for the notes: "column" or "field"
   * @param rowName what the row numbers of synthesised ids count, for the notes
   */
  MappedPosts(String file, String stem, Set<ColumnMap.Target> mapped, String layout, String unit,
      String rowName) {
    this.file = file;
    this.stem = stem;
    this.mapped = EnumSet.noneOf(ColumnMap.Target.class);
    this.mapped.addAll(mapped);
    this.unit = unit;
    this.rowName = rowName;
    List<String> n = new ArrayList<>();
    n.add(file + ": read as " + layout);
    if (!has(ID)) n.add(file + ": no id " + unit + "; ids are " + stem + ":<" + rowName + ">");
    if (!has(HASHTAGS) || !has(URLS) || !has(MENTIONS)) {
      n.add(file + ": hashtags, links and mentions without a " + unit + " are taken from the text");
    }
    this.notes = List.copyOf(n);
  }

  private boolean has(ColumnMap.Target t) {
    return mapped.contains(t);
  }

  /** What had to be assumed so far (the undated count grows as the file is read). */
  List<String> notes() {
    List<String> all = new ArrayList<>(notes);
    if (roundedIds > 0) {
      all.add(file + ": " + count(roundedIds) + " post ids were rounded to floating point by a"
          + " spreadsheet (e.g. 1.1540445045941903e+18) and name no single post; those posts"
          + " got ids " + stem + ":<" + rowName + ">");
    }
    if (roundedLinks > 0) {
      all.add(file + ": " + count(roundedLinks) + " retweet, reply or quote ids were rounded to"
          + " floating point by a spreadsheet; they would link unrelated posts, so they were"
          + " dropped");
    }
    if (has(TIME)) {
      if (undated > 0) {
        all.add(file + ": " + count(undated) + " posts have an empty time and no Twitter id to"
            + " take one from; they are kept without a time (" + NO_TIME + "), left out of time"
            + " windows, timelines and time features");
      }
      return all;
    }
    all.add(file + ": no time " + unit + "; times come from the Twitter (snowflake) ids; "
        + count(undated) + " posts whose id carries no time got "
        + NO_TIME);
    return all;
  }

  /**
   * The post for one record, {@code row} numbering it for a synthesised id.
   *
   * @throws BadField naming the target whose value cannot be read
   */
  Post build(MappedFields f, long row) {
    String text = f.raw(TEXT);
    if (text == null || text.isBlank()) throw new BadField(TEXT, "missing or empty");
    String account = required(f, ACCOUNT);
    dropped.clear();
    String id = has(ID) ? required(f, ID) : stem + ":" + row;
    if (rounded(id)) {
      roundedIds++;
      dropped.add(new Dropped(ID, "id '" + id + "' was rounded to floating point and names no"
          + " single post; the post is kept as " + stem + ":" + row));
      id = stem + ":" + row;
    }
    Instant time = time(f, id);
    Post.Builder b = Post.builder(id, new Account(account, value(f, SCREEN_NAME)), time, text)
        .lang(Languages.normalise(f.raw(LANG)))
        .hashtags(has(HASHTAGS) ? f.list(HASHTAGS) : Entities.hashtags(text))
        .urls(has(URLS) ? f.list(URLS) : Links.in(text))
        .mentions(has(MENTIONS) ? f.list(MENTIONS) : Entities.mentions(text))
        .retweet(flag(f, RETWEET))
        .retweetOf(link(f, RETWEET_OF))
        .replyTo(link(f, REPLY_TO))
        .quoteOf(link(f, QUOTE_OF));
    if (has(LABEL)) b.labels(f.labels());
    return b.build();
  }

  private Instant time(MappedFields f, String id) {
    String raw = has(TIME) ? value(f, TIME) : null;
    if (raw == null) {
      // No time column, or an empty cell: the post is kept, undated unless its id says when.
      Instant fromId = TweetIds.time(id);
      if (fromId != null) return fromId;
      undated++;
      return NO_TIME;
    }
    Instant t = Times.parse(raw);
    if (t == null) throw new BadField(TIME, "unparsable time '" + Rejection.excerpt(raw) + "'");
    return t;
  }

  /** The id of a linked post, or null when missing or rounded beyond use. */
  private String link(MappedFields f, ColumnMap.Target t) {
    String v = value(f, t);
    if (v == null || !rounded(v)) return v;
    roundedLinks++;
    dropped.add(new Dropped(t, "id '" + v + "' was rounded to floating point and names no"
        + " single post; the link is left out"));
    return null;
  }

  /** The rounded values left out of the post {@link #build} returned last. */
  List<Dropped> dropped() {
    return dropped;
  }

  /**
   * An id a spreadsheet or pandas turned into a float: 19-digit tweet ids keep only about 16
   * significant digits, so many tweets share one value and an edge built on it is false.
   */
  static boolean rounded(String id) {
    return ROUNDED.matcher(id).matches();
  }

  // 1.1540445045941903e+18 (pandas), 1.15404E+18 (Excel), 1154044504594190336.0 (a float column
  // written out in full): no tweet id is written with an exponent or a fraction.
  private static final Pattern ROUNDED =
      Pattern.compile("[0-9](\\.[0-9]+)?[eE]\\+?1[5-9]|[0-9]{15,}\\.[0-9]+");

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** The trimmed value, or null when not mapped or empty. */
  private static String value(MappedFields f, ColumnMap.Target t) {
    String v = f.raw(t);
    if (v == null) return null;
    v = v.strip();
    return v.isEmpty() ? null : v;
  }

  private static String required(MappedFields f, ColumnMap.Target t) {
    String v = value(f, t);
    if (v == null) throw new BadField(t, "missing");
    return v;
  }

  private static boolean flag(MappedFields f, ColumnMap.Target t) {
    String v = value(f, t);
    if (v == null || v.equals("0")) return false;
    if (v.equals("1")) return true;
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "t", "yes", "y", "r" -> true;
      case "false", "f", "no", "n" -> false;
      default -> throw new BadField(t, "expected 0/1 or true/false, found '"
          + Rejection.excerpt(v) + "'");
    };
  }

  /** A value that cannot be read; cheap (no stack trace) because bad files have many. */
  static final class BadField extends RuntimeException {
    final ColumnMap.Target target;
    final String reason;

    BadField(ColumnMap.Target target, String reason) {
      super(reason, null, false, false);
      this.target = target;
      this.reason = reason;
    }
  }
}
