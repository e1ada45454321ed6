package org.chorus.dupes;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.chorus.index.PostAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;
import org.chorus.index.PostDocuments;

/** Small indexes built with the real document builder (which calls FingerprintFields.addTo). */
public final class TestIndexes {
  public static final Instant T0 = Instant.parse("2019-08-12T03:00:00Z");

  private TestIndexes() {}

  public static DirectoryReader write(Path dir, List<Post> posts) throws IOException {
    try (IndexWriter w = new IndexWriter(FSDirectory.open(dir),
        new IndexWriterConfig(new PostAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      for (Post p : posts) w.addDocument(PostDocuments.toDocument(p));
      w.commit();
    }
    return DirectoryReader.open(FSDirectory.open(dir));
  }

  public static Post post(String id, String account, Duration at, String text) {
    return Post.builder(id, Account.of(account), T0.plus(at), text).build();
  }

  public static Post retweet(String id, String account, Duration at, String text, String of) {
    return Post.builder(id, Account.of(account), T0.plus(at), text).retweetOf(of).build();
  }
}
