package org.chorus.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostJson;
import org.chorus.dupes.Fingerprints;

/**
 * What a post is in the index (see {@link Schema} for each field's type), and the way back from
 * a stored document to the post. Only {@link Schema#SOURCE} and {@link Schema#NARRATIVE} are
 * stored: every other field can be rebuilt from the source line.
 */
public final class PostDocuments {
  /** Lucene refuses terms over 32 KB; a keyword that long is garbage, so it is cut here. */
  static final int MAX_KEYWORD_CHARS = 1000;
  static final String UNKNOWN_LANG = "und";

  private PostDocuments() {}

  public static Document toDocument(Post post) {
    return toDocument(post, List.of());
  }

  /** The document for a post with the narratives a model predicted for it (may be empty). */
  public static Document toDocument(Post post, List<String> narratives) {
    Document doc = new Document();
    doc.add(new StringField(Schema.ID, keyword(post.id()), Field.Store.NO));
    facet(doc, Schema.ACCOUNT, post.account().id());
    if (post.account().screenName() != null && !post.account().screenName().isEmpty()) {
      doc.add(new StringField(Schema.SCREEN_NAME,
          keyword(post.account().screenName().toLowerCase(Locale.ROOT)), Field.Store.NO));
    }
    long millis = post.time().toEpochMilli();
    doc.add(new LongPoint(Schema.TIME, millis));
    doc.add(new NumericDocValuesField(Schema.TIME, millis));
    facet(doc, Schema.LANG, lang(post.lang()));
    doc.add(new TextField(Schema.TEXT, post.text(), Field.Store.NO));
    for (String h : post.hashtags()) facet(doc, Schema.HASHTAG, hashtag(h));
    for (String u : post.urls()) exact(doc, Schema.URL, u);
    for (String m : post.mentions()) exact(doc, Schema.MENTION, mention(m));
    exact(doc, Schema.RETWEET, post.retweet() ? "1" : "0");
    if (post.retweetOf() != null) exact(doc, Schema.RETWEET_OF, post.retweetOf());
    if (post.replyTo() != null) exact(doc, Schema.REPLY_TO, post.replyTo());
    if (post.quoteOf() != null) exact(doc, Schema.QUOTE_OF, post.quoteOf());
    for (String l : post.labels()) facet(doc, Schema.LABEL, l);
    for (String n : narratives) {
      doc.add(new StringField(Schema.NARRATIVE, keyword(n), Field.Store.YES));
      doc.add(new SortedSetDocValuesField(Schema.NARRATIVE, new BytesRef(keyword(n))));
    }
    doc.add(new StoredField(Schema.SOURCE, PostJson.write(post)));
    Fingerprints.addTo(doc, post);
    return doc;
  }

  /** The term that identifies a post: updating by it replaces an earlier copy of the post. */
  public static Term idTerm(String id) {
    return new Term(Schema.ID, keyword(id));
  }

  /** The post a stored document was built from. */
  public static Post toPost(Document stored) {
    String source = stored.get(Schema.SOURCE);
    if (source == null) {
      throw new IllegalArgumentException("document has no " + Schema.SOURCE + " field");
    }
    return PostJson.read(source, "index", 0);
  }

  /** The predicted narratives kept with a stored document (empty if never labelled). */
  public static List<String> narratives(Document stored) {
    List<String> out = new ArrayList<>();
    for (IndexableField f : stored.getFields(Schema.NARRATIVE)) out.add(f.stringValue());
    return out;
  }

  /** Hashtags are matched without '#' and case: "#HongKong" is "hongkong". */
  public static String hashtag(String tag) {
    String t = tag.strip();
    if (t.startsWith("#") || t.startsWith("＃")) t = t.substring(1);
    return keyword(t.toLowerCase(Locale.ROOT));
  }

  /** Mentions are matched without '@' and case. */
  public static String mention(String name) {
    String m = name.strip();
    if (m.startsWith("@")) m = m.substring(1);
    return keyword(m.toLowerCase(Locale.ROOT));
  }

  /** Language codes are lower case; a post without one is "und" (undetermined). */
  public static String lang(String lang) {
    return lang == null || lang.isBlank() ? UNKNOWN_LANG : keyword(lang.strip().toLowerCase(Locale.ROOT));
  }

  private static void facet(Document doc, String field, String value) {
    String v = keyword(value);
    doc.add(new StringField(field, v, Field.Store.NO));
    doc.add(new SortedSetDocValuesField(field, new BytesRef(v)));
  }

  private static void exact(Document doc, String field, String value) {
    doc.add(new StringField(field, keyword(value), Field.Store.NO));
  }

  private static String keyword(String value) {
    return value.length() <= MAX_KEYWORD_CHARS ? value : value.substring(0, MAX_KEYWORD_CHARS);
  }
}
