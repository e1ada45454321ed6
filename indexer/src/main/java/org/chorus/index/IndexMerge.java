package org.chorus.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * Copies the posts of several indexes (shards built apart, e.g. by {@code chorus spark index})
 * into one by {@link IndexWriter#addIndexes(Directory...)}: segments are copied, not analysed
 * again. Ids are not checked across the sources: a post in two of them is in the result twice.
 */
public final class IndexMerge {
  private IndexMerge() {}

  /** Adds every source's posts to {@code out} (created if absent); returns its posts after. */
  public static int merge(Path out, List<Path> from) throws IOException {
    List<Directory> sources = new ArrayList<>();
    try (Directory target = FSDirectory.open(out)) {
      for (Path p : from) {
        Directory d = FSDirectory.open(p);
        sources.add(d);
        if (!DirectoryReader.indexExists(d)) throw new IndexMissingException(p);
      }
      try (IndexWriter writer = Writers.open(out, target, 64)) {
        writer.addIndexes(sources.toArray(Directory[]::new));
        writer.commit();
        return writer.getDocStats().numDocs;
      }
    } finally {
      IOUtils.close(sources);
    }
  }
}
