package org.chorus.dupes;

import org.apache.lucene.document.Document;
import org.chorus.corpus.Post;

/**
 * Adds a post's near-duplicate signature fields to its Lucene document at index time.
 * (Contract between the indexer and the near-duplicate detector; the detector fills it in.)
 */
public final class Fingerprints {
  private Fingerprints() {}

  public static void addTo(Document doc, Post post) {
    // Intentionally empty until the near-duplicate detector lands (issue 3).
  }
}
