package org.chorus.index;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.chorus.corpus.Post;
import org.chorus.fingerprint.Fingerprint;
import org.chorus.fingerprint.Lsh;

/**
 * Adds a post's near-duplicate fields to its Lucene document at index time (the index's
 * document builder calls {@link #addTo} for every post):
 *
 * <ul>
 *   <li>{@link #BAND}: the {@link Lsh#BANDS} LSH band keys in binary doc values (4 bytes
 *       each). They are not indexed as terms: 32 near-unique terms a post made indexing 3.5
 *       times slower than the whole rest of the document (measured on 300,000 IRA tweets),
 *       while doc values cost next to nothing. {@code dupes} buckets them by sorting;
 *       {@code similar} finds its candidates with a text query instead;
 *   <li>{@link #SHINGLES}: the shingle set in binary doc values (4 bytes per shingle, about 12
 *       per tweet), so candidates are verified by exact Jaccard without reading stored fields;
 *   <li>{@link #SET_KEY}: a hash of the shingle set in numeric doc values: exact copies (after
 *       normalisation) group by it before any pair is formed.
 * </ul>
 *
 * Posts whose normalised text is empty (only links, mentions, emoji) get no fields.
 */
public final class FingerprintFields {
  public static final String BAND = "dupes_band";
  public static final String SHINGLES = "dupes_shingles";
  public static final String SET_KEY = "dupes_set";

  private FingerprintFields() {}

  public static void addTo(Document doc, Post post) {
    Fingerprint fp = Fingerprint.of(post.text());
    if (fp.isEmpty()) return;
    doc.add(new BinaryDocValuesField(BAND, new BytesRef(encode(Lsh.bandKeys(fp.signature())))));
    doc.add(new BinaryDocValuesField(SHINGLES, new BytesRef(encode(fp.shingles()))));
    doc.add(new NumericDocValuesField(SET_KEY, fp.setKey()));
  }

  /** Big-endian ints, the format of {@link #SHINGLES} and {@link #BAND}. */
  static byte[] encode(int[] shingles) {
    byte[] out = new byte[shingles.length * 4];
    for (int i = 0; i < shingles.length; i++) {
      int s = shingles[i];
      out[4 * i] = (byte) (s >>> 24);
      out[4 * i + 1] = (byte) (s >>> 16);
      out[4 * i + 2] = (byte) (s >>> 8);
      out[4 * i + 3] = (byte) s;
    }
    return out;
  }

  public static int[] decode(BytesRef bytes) {
    int[] out = new int[bytes.length / 4];
    byte[] b = bytes.bytes;
    for (int i = 0, o = bytes.offset; i < out.length; i++, o += 4) {
      out[i] = (b[o] & 0xFF) << 24 | (b[o + 1] & 0xFF) << 16 | (b[o + 2] & 0xFF) << 8
          | (b[o + 3] & 0xFF);
    }
    return out;
  }
}
