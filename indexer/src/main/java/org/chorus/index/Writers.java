package org.chorus.index;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;

/** Opens index writers the same way everywhere, with a readable error when one is already open. */
final class Writers {
  private Writers() {}

  /** @throws IndexLockedException naming {@code dir} when another writer holds its lock */
  static IndexWriter open(Path dir, Directory directory, double ramBufferMb) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new PostAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(ramBufferMb)
        .setCommitOnClose(true)
        // Copying each new segment into a compound file costs a second write of the data.
        .setUseCompoundFile(false);
    try {
      return new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new IndexLockedException(dir, e);
    }
  }
}
