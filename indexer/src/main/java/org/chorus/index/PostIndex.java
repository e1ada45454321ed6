package org.chorus.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;

/**
 * A read-only view of a post index as it was at its last commit. The near-duplicate detector
 * and the narrative labeller read posts through {@link #forEach}; search goes through
 * {@link #searcher()}. Thread-safe for reading.
 */
public final class PostIndex implements Closeable {
  private static final Set<String> STORED = Set.of(Schema.SOURCE, Schema.NARRATIVE);

  private final Path dir;
  private final List<Directory> directories;
  private final IndexReader reader;
  private final IndexSearcher searcher;

  private PostIndex(Path dir, List<Directory> directories, IndexReader reader) {
    this.dir = dir;
    this.directories = directories;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /**
   * Opens several indexes (e.g. the shards of {@code chorus spark index}) as one, through a
   * Lucene {@link MultiReader}: searches, counts and dupes see all their posts, with collection
   * statistics over all of them, as in one index of the same posts. One folder opens as
   * {@link #open(Path)}.
   */
  public static PostIndex open(List<Path> dirs) throws IOException {
    if (dirs.size() == 1) return open(dirs.get(0));
    if (dirs.isEmpty()) throw new IllegalArgumentException("no index given");
    List<Directory> directories = new ArrayList<>();
    List<IndexReader> readers = new ArrayList<>();
    try {
      for (Path dir : dirs) {
        Directory d = FSDirectory.open(dir);
        directories.add(d);
        if (!DirectoryReader.indexExists(d)) throw new IndexMissingException(dir);
        readers.add(DirectoryReader.open(d));
      }
      Path named = Path.of(String.join(",", dirs.stream().map(Path::toString).toList()));
      return new PostIndex(named, directories,
          new MultiReader(readers.toArray(IndexReader[]::new), true));
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(readers);
      IOUtils.closeWhileHandlingException(directories);
      throw e;
    }
  }

  /** Opens the last commit of the index in {@code dir}; {@link IndexMissingException} if none. */
  public static PostIndex open(Path dir) throws IOException {
    Directory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) throw new IndexMissingException(dir);
      return new PostIndex(dir, List.of(directory), DirectoryReader.open(directory));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  public Path path() {
    return dir;
  }

  /** Number of posts (live documents). */
  public int size() {
    return reader.numDocs();
  }

  public IndexReader reader() {
    return reader;
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  /** Visits every post in doc-id order. */
  public void forEach(PostVisitor visitor) throws IOException {
    forEach(new MatchAllDocsQuery(), visitor);
  }

  /**
   * Visits the posts matching {@code query} in doc-id order, skipping deleted ones. Reads only
   * the stored source, so a full pass costs one JSON parse per post.
   */
  public void forEach(Query query, PostVisitor visitor) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : reader.leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) continue;
      Bits live = leaf.reader().getLiveDocs();
      StoredFields stored = leaf.reader().storedFields();
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live != null && !live.get(doc)) continue;
        visitor.visit(read(leaf.docBase + doc, stored.document(doc, STORED)));
      }
    }
  }

  /** The post with this doc id (from {@link #forEach} or a search hit). */
  public IndexedPost get(int docId) throws IOException {
    return read(docId, searcher.storedFields().document(docId, STORED));
  }

  private static IndexedPost read(int docId, Document stored) {
    return new IndexedPost(docId, PostDocuments.toPost(stored), PostDocuments.narratives(stored));
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      IOUtils.close(directories);
    }
  }

  /** Receives posts from {@link #forEach}; may throw to stop the pass. */
  @FunctionalInterface
  public interface PostVisitor {
    void visit(IndexedPost post) throws IOException;
  }
}
