package org.chorus.search;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.chorus.index.PostIndex;
import org.chorus.index.Schema;

/** What an index holds: posts, distinct accounts, languages, time range, labels, narratives. */
public record IndexStats(
    long posts,
    long accounts,
    Instant first,
    Instant last,
    List<Count> languages,
    List<Count> labels,
    List<Count> narratives) {

  public static IndexStats of(PostIndex index) throws IOException {
    IndexSearcher searcher = index.searcher();
    FacetsCollector all = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
    FacetCounter counter = new FacetCounter(index.reader());
    return new IndexStats(index.size(), counter.all(Schema.ACCOUNT, all).size(),
        edge(index, false), edge(index, true), counter.all(Schema.LANG, all),
        counter.all(Schema.LABEL, all), counter.all(Schema.NARRATIVE, all));
  }

  private static Instant edge(PostIndex index, boolean last) throws IOException {
    TopDocs top = index.searcher().search(new MatchAllDocsQuery(), 1,
        new Sort(new SortField(Schema.TIME, SortField.Type.LONG, last)));
    if (top.scoreDocs.length == 0) return null;
    Object value = ((org.apache.lucene.search.FieldDoc) top.scoreDocs[0]).fields[0];
    return Instant.ofEpochMilli((Long) value);
  }
}
