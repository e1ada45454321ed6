package org.chorus.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexNotFoundException;
import org.chorus.app.VerifyResult.Item;
import org.chorus.app.VerifyResult.Status;
import org.chorus.corpus.InvalidInputException;

/**
 * {@code chorus verify}: re-checks what a run manifest records against the disk. Inputs, the
 * model and outputs are hashed again (streaming); an index is checked by its latest commit.
 * Earlier runs of an index have their inputs and model checked; their index state and outputs
 * were replaced by the later runs, so only the latest run's are.
 */
public final class Verifying {
  private Verifying() {}

  /**
   * @throws InvalidInputException when there is no manifest for the output, or it cannot be
   *     read (naming file, line and field)
   */
  public static VerifyResult verify(VerifyRequest request) throws IOException {
    Path manifest = Manifests.sidecar(request.output());
    if (!Files.exists(manifest)) {
      throw new InvalidInputException(manifest.toString(), 0, null, "no such file: "
          + request.output() + " has no run manifest (output to the screen has none; neither"
          + " has a file written by a Chorus without manifests)");
    }
    RunManifest m = Manifests.read(manifest);
    List<Item> items = new ArrayList<>();
    check(items, m, 0, true);
    for (int i = 0; i < m.earlierRuns().size(); i++) {
      check(items, m.earlierRuns().get(i), i + 1, false);
    }
    return new VerifyResult(manifest, m, items);
  }

  private static void check(List<Item> items, RunManifest m, int run, boolean latest)
      throws IOException {
    for (FileDigest f : m.inputs()) items.add(file("input", run, f));
    if (m.model() != null) items.add(file("model", run, m.model()));
    if (!latest) return;
    if (m.index() != null) items.add(index(m.index()));
    for (FileDigest f : m.outputs()) items.add(file("output", run, f));
  }

  private static Item file(String kind, int run, FileDigest recorded) throws IOException {
    Path p = Path.of(recorded.path());
    if (!Files.isRegularFile(p)) {
      return new Item(kind, run, recorded.path(), Status.MISSING, describe(recorded), null);
    }
    FileDigest now = FileDigest.of(p);
    boolean same = now.bytes() == recorded.bytes() && now.sha256().equals(recorded.sha256());
    return new Item(kind, run, recorded.path(), same ? Status.OK : Status.CHANGED,
        describe(recorded), describe(now));
  }

  private static Item index(IndexIdentity recorded) throws IOException {
    Path dir = Path.of(recorded.path());
    IndexIdentity now = null;
    if (Files.isDirectory(dir)) {
      try {
        now = IndexIdentity.of(dir);
      } catch (IndexNotFoundException gone) {
        now = null;
      }
    }
    if (now == null) {
      return new Item("index", 0, recorded.path(), Status.MISSING, describe(recorded), null);
    }
    boolean same = now.sameCommit(recorded) && now.docs() == recorded.docs();
    return new Item("index", 0, recorded.path(), same ? Status.OK : Status.CHANGED,
        describe(recorded), describe(now));
  }

  private static String describe(FileDigest f) {
    return String.format(Locale.ROOT, "sha256 %s, %,d bytes", f.sha256(), f.bytes());
  }

  private static String describe(IndexIdentity x) {
    return String.format(Locale.ROOT, "%s id %s, %,d posts", x.segmentsFile(), x.id(),
        x.docs());
  }
}
