package org.chorus.index;

/**
 * The names of the Lucene fields a post is stored under. Every package that reads or writes the
 * index (search, near-duplicates, narrative labelling) goes through these names.
 */
public final class Schema {
  /** Post id, exact (StringField, not stored: read it from {@link #SOURCE}); re-indexing an id
   * replaces the post. */
  public static final String ID = "id";
  /** Account id, exact (StringField) with SortedDocValues (one a post) for facets and
   * grouping; read them with {@code DocValues.getSortedSet}, which takes either kind. */
  public static final String ACCOUNT = "account";
  /** Account screen name, lower-cased, exact (StringField); absent when unknown. */
  public static final String SCREEN_NAME = "screen_name";
  /** Epoch milliseconds: LongPoint for ranges, NumericDocValues for sorting, windows and
   * per-day facets. 0 ({@link org.chorus.corpus.Post#NO_TIME}) is a post without a time:
   * timelines count it as undated, time windows leave it out. */
  public static final String TIME = "time";
  /** ISO-639-1 code where known ("en", "zh", "ru"), else what the source said, lower-cased;
   * "und" if none. StringField + SortedDocValues (one a post). */
  public static final String LANG = "lang";
  /** TextField analysed by {@link PostAnalyzer}, not stored: the original is in {@link #SOURCE}. */
  public static final String TEXT = "text";
  /** Lower-cased, without '#'. StringField + SortedSetDocValues. */
  public static final String HASHTAG = "hashtag";
  /**
   * Links, as a 64-bit hash of the link as given ({@link PostDocuments#linkKey}) in
   * SortedNumericDocValues, not as terms: links are nearly unique per post, and one unique term
   * a post cost indexing more than all the other keyword fields together. {@code url:} queries
   * and co-link edges match on the hash; the link itself is in {@link #SOURCE}.
   */
  public static final String URL = "url";
  /** Lower-cased, without '@'. StringField. */
  public static final String MENTION = "mention";
  /**
   * "1" on retweets only (StringField): a term on every post would cost each post an inverted
   * field to say nothing. {@code retweet:0} is parsed as "every post but retweets". The three
   * references below are StringFields too.
   */
  public static final String RETWEET = "retweet";
  public static final String RETWEET_OF = "retweet_of";
  public static final String REPLY_TO = "reply_to";
  public static final String QUOTE_OF = "quote_of";
  /** Labels that came with the data (ground truth, account categories). StringField +
   * SortedSetDocValues. */
  public static final String LABEL = "label";
  /** Narratives predicted by a model ({@code chorus label --index}, written with
   * {@link NarrativeWriter}). StringField (stored) + SortedSetDocValues. */
  public static final String NARRATIVE = "narrative";
  /** The whole post as one line of the project's JSON Lines schema (PostJson), stored only.
   * Keyword values longer than 1,000 chars are cut in their exact fields, never here. */
  public static final String SOURCE = "_source";

  /**
   * The version of this field layout, recorded in every commit. A layout change (a field
   * indexed differently) makes older indexes unwritable by Lucene, so the indexer checks this
   * first and says what to do instead of rejecting every post.
   */
  public static final String VERSION = "3";

  /** The {@link #TIME} of a post without a time. */
  public static final long NO_TIME = 0L;

  private Schema() {}
}
