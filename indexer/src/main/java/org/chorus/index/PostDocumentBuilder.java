package org.chorus.index;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.chorus.corpus.Post;

/**
 * Builds the {@link Schema} document of a post, reusing the field objects every post has (Lucene
 * allows that once the previous document is added), so one builder serves one thread. Fields a
 * post may have several of (hashtags, labels...) are made fresh, and so are exact fields that
 * share their UTF-8 bytes with doc values (Lucene refuses new bytes on an indexed field).
 */
final class PostDocumentBuilder {
  private final StringField id = new StringField(Schema.ID, "", Field.Store.NO);
  private final SortedDocValuesField accountValues =
      new SortedDocValuesField(Schema.ACCOUNT, new BytesRef());
  private final LongPoint time = new LongPoint(Schema.TIME, 0L);
  private final NumericDocValuesField timeValues = new NumericDocValuesField(Schema.TIME, 0L);
  private final SortedDocValuesField langValues =
      new SortedDocValuesField(Schema.LANG, new BytesRef());
  private final TextField text = new TextField(Schema.TEXT, "", Field.Store.NO);
  private final StringField retweet = new StringField(Schema.RETWEET, "1", Field.Store.NO);
  private final StoredField source = new StoredField(Schema.SOURCE, new BytesRef());
  private final StoredPost stored = new StoredPost();

  public Document build(Post post) {
    return build(post, List.of());
  }

  public Document build(Post post, List<String> narratives) {
    Document doc = new Document();
    id.setStringValue(PostDocuments.idKey(post.id()));
    doc.add(id);
    BytesRef acct = new BytesRef(PostDocuments.keyword(post.account().id()));
    accountValues.setBytesValue(acct);
    doc.add(new StringField(Schema.ACCOUNT, acct, Field.Store.NO));
    doc.add(accountValues);
    String screenName = post.account().screenName();
    if (screenName != null && !screenName.isEmpty()) {
      exact(doc, Schema.SCREEN_NAME, screenName.toLowerCase(Locale.ROOT));
    }
    long millis = post.time().toEpochMilli();
    time.setLongValue(millis);
    timeValues.setLongValue(millis);
    doc.add(time);
    doc.add(timeValues);
    BytesRef language = new BytesRef(PostDocuments.lang(post.lang()));
    langValues.setBytesValue(language);
    doc.add(new StringField(Schema.LANG, language, Field.Store.NO));
    doc.add(langValues);
    text.setStringValue(post.text());
    doc.add(text);
    for (String h : post.hashtags()) facet(doc, Schema.HASHTAG, PostDocuments.hashtag(h));
    for (String u : post.urls()) {
      doc.add(new SortedNumericDocValuesField(Schema.URL, PostDocuments.linkKey(u)));
    }
    for (String m : post.mentions()) exact(doc, Schema.MENTION, PostDocuments.mention(m));
    if (post.retweet()) doc.add(retweet);
    if (post.retweetOf() != null) exact(doc, Schema.RETWEET_OF, post.retweetOf());
    if (post.replyTo() != null) exact(doc, Schema.REPLY_TO, post.replyTo());
    if (post.quoteOf() != null) exact(doc, Schema.QUOTE_OF, post.quoteOf());
    for (String l : post.labels()) facet(doc, Schema.LABEL, l);
    for (String n : narratives) {
      String v = PostDocuments.keyword(n);
      doc.add(new StringField(Schema.NARRATIVE, v, Field.Store.YES));
      doc.add(new SortedSetDocValuesField(Schema.NARRATIVE, new BytesRef(v)));
    }
    source.setBytesValue(stored.encode(post));
    doc.add(source);
    FingerprintFields.addTo(doc, post);
    return doc;
  }

  private static void facet(Document doc, String field, String value) {
    BytesRef v = new BytesRef(PostDocuments.keyword(value));
    doc.add(new StringField(field, v, Field.Store.NO));
    doc.add(new SortedSetDocValuesField(field, v));
  }

  private static void exact(Document doc, String field, String value) {
    doc.add(new StringField(field, PostDocuments.keyword(value), Field.Store.NO));
  }
}
