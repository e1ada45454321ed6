package org.chorus.index;

import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexableField;
import org.chorus.corpus.Post;

/**
 * What a document is, kept apart from how {@link PostIndexer} stores it: the analyzer, a
 * per-thread document builder (so builders may reuse objects without locking), and whether a
 * post replaces an earlier post with the same id. {@link #chorus()} is the real index; the
 * benchmark builds a bare-Lucene plan to compare against.
 */
public record DocumentPlan(
    String name,
    Analyzer analyzer,
    Supplier<Function<Post, Iterable<? extends IndexableField>>> builders,
    boolean replaceById) {

  /** The Chorus index: every {@link Schema} field, replace by id. */
  public static DocumentPlan chorus() {
    return new DocumentPlan("chorus", new PostAnalyzer(),
        () -> new PostDocumentBuilder()::build, true);
  }
}
