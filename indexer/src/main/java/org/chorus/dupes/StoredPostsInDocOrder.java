package org.chorus.dupes;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.chorus.corpus.Post;

/**
 * Reads the stored posts of many documents in increasing doc-id order. Stored fields are
 * compressed in chunks of many posts, and Lucene's default reader decompresses a chunk again
 * for every post it returns; the merge instance used here decompresses each chunk once and
 * serves all of its posts from it, which is what a pass over a large share of the index needs.
 * Not thread-safe.
 */
public final class StoredPostsInDocOrder {
  private StoredPostsInDocOrder() {}

  public interface Sink {
    void accept(int doc, Post post) throws IOException;
  }

  /** Calls {@code sink} with each of {@code sortedDocs} (ascending) and its stored post. */
  public static void read(IndexReader reader, int[] sortedDocs, Sink sink) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    StoredFields fields = null;
    int base = 0, end = 0, previous = -1;
    for (int doc : sortedDocs) {
      if (doc <= previous) throw new IllegalArgumentException("docs not ascending at " + doc);
      previous = doc;
      if (fields == null || doc >= end) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        base = leaf.docBase;
        end = base + leaf.reader().maxDoc();
        fields = sequential(leaf.reader());
      }
      sink.accept(doc, DuplicateFinder.storedPost(fields, doc - base));
    }
  }

  private static StoredFields sequential(LeafReader leaf) throws IOException {
    if (leaf instanceof CodecReader codec && codec.getFieldsReader() != null) {
      return codec.getFieldsReader().getMergeInstance();
    }
    return leaf.storedFields();
  }
}
