package org.chorus.index;

import java.util.List;
import org.chorus.corpus.Post;

/**
 * A post as read back from an index: its Lucene doc id (valid for the {@link PostIndex} it came
 * from, until that is closed), the post itself, and the narratives a model predicted for it.
 */
public record IndexedPost(int docId, Post post, List<String> narratives) {
  public IndexedPost {
    narratives = List.copyOf(narratives);
  }
}
