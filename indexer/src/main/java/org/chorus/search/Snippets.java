package org.chorus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.chorus.index.IndexedPost;
import org.chorus.index.PostAnalyzer;
import org.chorus.index.Schema;

/**
 * Highlighted snippets of post text. The text field is not stored (the post's source line is),
 * so the highlighter gets its text from the posts already read for the page and finds the
 * matches by analysing it again. A post is short: the whole text is one passage.
 */
final class Snippets {
  static final String OPEN = "**";
  static final String CLOSE = "**";
  private final IndexSearcher searcher;
  private final PostAnalyzer analyzer = new PostAnalyzer();

  Snippets(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** One snippet per hit, in order; the plain text where nothing in it matched. */
  String[] highlight(Query query, ScoreDoc[] page, Map<Integer, IndexedPost> posts)
      throws IOException {
    if (page.length == 0) return new String[0];
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(() -> new WholeBreakIterator())
        .withFormatter(new DefaultPassageFormatter(OPEN, CLOSE, " … ", false))
        .withMaxLength(10_000);
    UnifiedHighlighter highlighter = new UnifiedHighlighter(builder) {
      @Override
      protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
          int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> out = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = docIter.nextDoc()) {
          CharSequence[] values = new CharSequence[fields.length];
          for (int f = 0; f < fields.length; f++) {
            values[f] = fields[f].equals(Schema.TEXT) ? posts.get(doc).post().text() : "";
          }
          out.add(values);
        }
        return out;
      }
    };
    TopDocs top = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    String[] snippets = highlighter.highlight(Schema.TEXT, query, top, 1);
    for (int i = 0; i < snippets.length; i++) {
      if (snippets[i] == null) snippets[i] = posts.get(page[i].doc).post().text();
    }
    return snippets;
  }

}
