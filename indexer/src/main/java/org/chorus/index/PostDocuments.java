package org.chorus.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.chorus.corpus.Post;
import org.chorus.fingerprint.Hash;

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
    return new PostDocumentBuilder().build(post, narratives);
  }

  /** The term that identifies a post: updating by it replaces an earlier copy of the post. */
  public static Term idTerm(String id) {
    return new Term(Schema.ID, idKey(id));
  }

  /**
   * A post id as its index key: the id itself up to {@link #MAX_KEYWORD_CHARS} characters; a
   * longer id keeps its start and adds the SHA-256 of the whole id. Cutting ids to a length made
   * two posts whose ids share their start one key, and a rerun then dropped one. A long id's
   * key is longer than any short id, so the two kinds never meet.
   */
  public static String idKey(String id) {
    if (id.length() <= MAX_KEYWORD_CHARS) return id;
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(id.getBytes(StandardCharsets.UTF_8));
      return id.substring(0, MAX_KEYWORD_CHARS) + "#" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The post a stored document was built from. */
  public static Post toPost(Document stored) {
    BytesRef source = stored.getBinaryValue(Schema.SOURCE);
    if (source == null) {
      throw new IllegalArgumentException("document has no " + Schema.SOURCE + " field");
    }
    return StoredPost.decode(source);
  }

  /** The predicted narratives kept with a stored document (empty if never labelled). */
  public static List<String> narratives(Document stored) {
    List<String> out = new ArrayList<>();
    for (IndexableField f : stored.getFields(Schema.NARRATIVE)) out.add(f.stringValue());
    return out;
  }

  /**
   * Hashtags are matched without '#', case, and traditional/simplified Chinese difference:
   * "#HongKong" is "hongkong", "#守護香港" is "守护香港".
   */
  public static String hashtag(String tag) {
    String t = tag.strip();
    if (t.startsWith("#") || t.startsWith("＃")) t = t.substring(1);
    char[] chars = t.toCharArray();
    for (int i = 0; i < chars.length; i++) chars[i] = CharacterFoldFilter.fold(chars[i]);
    return keyword(new String(chars));
  }

  /**
   * The key a link is indexed by ({@link Schema#URL}): its {@link Hash}, the same in every JVM.
   * Two million links collide with probability about 1e-7.
   */
  public static long linkKey(String url) {
    return Hash.of(url);
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

  /** The account as the index keeps it (and {@code dupes} reports it). */
  public static String account(Post post) {
    return keyword(post.account().id());
  }

  static String keyword(String value) {
    return value.length() <= MAX_KEYWORD_CHARS ? value : value.substring(0, MAX_KEYWORD_CHARS);
  }
}
