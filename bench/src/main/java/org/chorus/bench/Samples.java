package org.chorus.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.chorus.app.DatasetFiles;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;
import org.chorus.index.PostDocuments;

/** Posts drawn from datasets, and throwaway indexes of them built by the real document builder. */
final class Samples {
  private Samples() {}

  /** Every {@code every}-th post of a dataset (deterministic), at most {@code max}. */
  static List<Post> sample(Path file, int every, int max) throws IOException {
    List<Post> out = new ArrayList<>();
    try (PostReader r = DatasetFiles.of(List.of(file)).open(rejected -> { })) {
      long n = 0;
      for (Post p = r.next(); p != null && out.size() < max; p = r.next()) {
        if (n++ % every == 0) out.add(p);
      }
    }
    return out;
  }

  /** All posts of a dataset file. */
  static List<Post> read(Path file) throws IOException {
    return sample(file, 1, Integer.MAX_VALUE);
  }

  /** A fresh single-segment index of {@code posts}, in their order. */
  static DirectoryReader index(Path dir, List<Post> posts) throws IOException {
    try (IndexWriter w = new IndexWriter(FSDirectory.open(dir),
        new IndexWriterConfig(new StandardAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(128))) {
      for (Post p : posts) w.addDocument(PostDocuments.toDocument(p));
      w.forceMerge(1);
    }
    return DirectoryReader.open(FSDirectory.open(dir));
  }
}
