package org.chorus.app;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Verifying} found: one item per file and index the manifest names.
 *
 * @param manifest the manifest read
 * @param run what it says about the run
 */
public record VerifyResult(Path manifest, RunManifest run, List<Item> items) {

  public VerifyResult {
    items = List.copyOf(items);
  }

  /** How a recorded thing compares with what is on disk now. */
  public enum Status {
    /** The same bytes (the same index commit) as the run saw. */
    OK,
    /** There, but not as the run saw it. */
    CHANGED,
    /** Not there: deleted, moved, or no index in the folder any more. */
    MISSING
  }

  /**
   * One recorded thing and what is there now.
   *
   * @param kind input, model, index or output
   * @param run 0 for the run that wrote the manifest, k for its k-th earlier run
   * @param expected as recorded: "sha256 ..., N bytes", or the index commit
   * @param found as on disk now, or null when missing
   */
  public record Item(String kind, int run, String path, Status status, String expected,
      String found) {}

  public long count(Status status) {
    return items.stream().filter(i -> i.status() == status).count();
  }

  /** True when every item is {@link Status#OK}. */
  public boolean ok() {
    return count(Status.OK) == items.size();
  }
}
