package org.chorus.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.chorus.corpus.Post;

/**
 * Writes predicted narratives ({@link Schema#NARRATIVE}) into an existing index. Each call
 * re-adds the post's whole document, rebuilt from the post exactly as at indexing time (so the
 * near-duplicate fingerprints stay), replacing the old one by id. Changes become visible on
 * {@link #commit()} or {@link #close()}. Not for use while {@code chorus index} writes the same
 * index (Lucene's write lock refuses a second writer).
 */
public final class NarrativeWriter implements Closeable {
  private final Directory directory;
  private final IndexWriter writer;
  private long updated;

  private NarrativeWriter(Directory directory, IndexWriter writer) {
    this.directory = directory;
    this.writer = writer;
  }

  public static NarrativeWriter open(Path indexDir) throws IOException {
    Directory directory = FSDirectory.open(indexDir);
    try {
      if (!org.apache.lucene.index.DirectoryReader.indexExists(directory)) {
        throw new IndexMissingException(indexDir);
      }
      return new NarrativeWriter(directory, Writers.open(indexDir, directory, 64));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Sets the narratives of {@code post} (replacing any it had); empty clears them. */
  public void set(Post post, List<String> narratives) throws IOException {
    writer.updateDocument(PostDocuments.idTerm(post.id()), PostDocuments.toDocument(post, narratives));
    updated++;
  }

  /** Same as {@code set(post.post(), narratives)}, for posts read with {@link PostIndex#forEach}. */
  public void set(IndexedPost post, List<String> narratives) throws IOException {
    set(post.post(), narratives);
  }

  public long updated() {
    return updated;
  }

  public void commit() throws IOException {
    writer.commit();
  }

  /** Commits and releases the index. */
  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      directory.close();
    }
  }
}
