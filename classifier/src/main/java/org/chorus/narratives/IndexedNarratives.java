package org.chorus.narratives;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.chorus.index.PostIndex;
import org.chorus.index.Schema;

/** Looks up the narratives {@code chorus label --index} wrote for a post id. */
public final class IndexedNarratives {
  private IndexedNarratives() {}

  /** For {@link NarrativeVote#majority}: id to predicted narratives (empty if unknown). */
  public static Function<String, List<String>> of(PostIndex index) {
    return id -> {
      try {
        TopDocs hits = index.searcher().search(new TermQuery(new Term(Schema.ID, id)), 1);
        if (hits.scoreDocs.length == 0) return List.of();
        return index.get(hits.scoreDocs[0].doc).narratives();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }
}
