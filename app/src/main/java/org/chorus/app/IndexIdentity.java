package org.chorus.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Which state of a Lucene index a run read or left: its latest commit. Every commit has a new
 * generation and a new random id, so a changed index never passes for the one recorded, and
 * hashing the folder (gigabytes for two million posts) is not needed.
 *
 * @param path the index folder, absolute and normalized
 * @param segmentsFile the commit's file, e.g. {@code segments_4}
 * @param id the commit's segment infos id, in hex
 * @param docs live documents (posts) in the commit
 * @param userData the commit's user data: how far indexing got, the schema version
 */
public record IndexIdentity(String path, String segmentsFile, long generation, String id,
    long docs, Map<String, String> userData) {

  public IndexIdentity {
    Objects.requireNonNull(path, "path");
    userData = userData == null ? Map.of() : new TreeMap<>(userData);
  }

  /**
   * The latest commit of the index in {@code dir}.
   *
   * @throws org.apache.lucene.index.IndexNotFoundException when {@code dir} holds no index
   */
  public static IndexIdentity of(Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      SegmentInfos infos = SegmentInfos.readLatestCommit(d);
      long docs = 0;
      for (SegmentCommitInfo s : infos) {
        docs += s.info.maxDoc() - s.getDelCount() - s.getSoftDelCount();
      }
      return new IndexIdentity(dir.toAbsolutePath().normalize().toString(),
          infos.getSegmentsFileName(), infos.getGeneration(),
          HexFormat.of().formatHex(infos.getId()), docs, infos.getUserData());
    }
  }

  /**
   * The commit an open reader sees: the index as a run read it, whatever came after. A reader
   * over several shards opened together has no one commit: the folder's latest stands for it.
   */
  static IndexIdentity of(Path dir, IndexReader open) throws IOException {
    if (!(open instanceof DirectoryReader reader)) return of(dir);
    IndexCommit commit = reader.getIndexCommit();
    try (Directory d = FSDirectory.open(dir)) {
      SegmentInfos infos = SegmentInfos.readCommit(d, commit.getSegmentsFileName());
      return new IndexIdentity(dir.toAbsolutePath().normalize().toString(),
          infos.getSegmentsFileName(), infos.getGeneration(),
          HexFormat.of().formatHex(infos.getId()), reader.numDocs(), infos.getUserData());
    }
  }

  /** The same commit: generation and id both match. */
  public boolean sameCommit(IndexIdentity other) {
    return other != null && generation == other.generation && Objects.equals(id, other.id);
  }
}
