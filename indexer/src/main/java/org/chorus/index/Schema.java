package org.chorus.index;

/**
 * The names of the Lucene fields a post is stored under. Every package that reads or writes the
 * index (search, near-duplicates, narrative labelling) goes through these names.
 */
public final class Schema {
  /** Post id, exact (StringField, stored); re-indexing an id replaces the post. */
  public static final String ID = "id";
  /** Account id, exact, with doc values for facets and grouping. */
  public static final String ACCOUNT = "account";
  public static final String SCREEN_NAME = "screen_name";
  /** Epoch milliseconds: point for ranges, doc values for sorting, windows and per-day facets. */
  public static final String TIME = "time";
  /** ISO-639-1 code where known ("en", "zh", "ru"), else what the source said; "und" if none. */
  public static final String LANG = "lang";
  /** Analysed text for full-text search; the original is kept in {@link #SOURCE}. */
  public static final String TEXT = "text";
  /** Lower-cased, without '#'. */
  public static final String HASHTAG = "hashtag";
  public static final String URL = "url";
  /** Lower-cased, without '@'. */
  public static final String MENTION = "mention";
  /** "1" for retweets, "0" otherwise. */
  public static final String RETWEET = "retweet";
  public static final String RETWEET_OF = "retweet_of";
  public static final String REPLY_TO = "reply_to";
  public static final String QUOTE_OF = "quote_of";
  /** Labels that came with the data (ground truth, account categories). */
  public static final String LABEL = "label";
  /** Narratives predicted by a model ({@code chorus label --index}). */
  public static final String NARRATIVE = "narrative";
  /** The whole post as one line of the project's JSON Lines schema (PostJson). */
  public static final String SOURCE = "_source";

  private Schema() {}
}
