package org.chorus.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Records one run for its manifest. The inputs and the model are hashed on a thread of their
 * own from the start of the run, so that hashing a large input overlaps the run's own reading
 * instead of being added after it; the manifest is written once the output is complete.
 */
final class RunRecorder implements AutoCloseable {
  private final String command;
  private final JsonNode parameters;
  private final ExecutorService hasher;
  private final Future<List<FileDigest>> inputs;
  private final Future<FileDigest> model;

  private RunRecorder(String command, Object request, List<Path> inputs, Path model) {
    this.command = command;
    this.parameters = Manifests.parameters(request);
    this.hasher = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "chorus-manifest-hash");
      t.setDaemon(true);
      return t;
    });
    List<Path> files = List.copyOf(inputs);
    this.inputs = hasher.submit(() -> Manifests.digests(files));
    this.model = model == null ? null : hasher.submit(() -> FileDigest.of(model));
  }

  /**
   * Starts recording a run.
   *
   * @param request the request as the operation received it: its components become the
   *     manifest's parameters
   * @param inputs the dataset files the run reads
   * @param model the model file it uses, or null
   */
  static RunRecorder start(String command, Object request, List<Path> inputs, Path model) {
    return new RunRecorder(command, request, inputs, model);
  }

  /** The manifest so far: inputs hashed (waiting for them if need be), no outputs yet. */
  RunManifest manifest(IndexIdentity index) throws IOException {
    return new RunManifest(RunManifest.FORMAT, Manifests.chorusVersion(), command, parameters,
        join(inputs), model == null ? null : join(model), index, List.of(), Instant.now(),
        List.of());
  }

  /**
   * Writes {@code m} beside each of {@code outputs}, listing them all with their hashes, and
   * {@code extra} files the run also wrote (a rejects file), if they exist.
   */
  static void writeBeside(RunManifest m, List<Path> outputs, Path... extra) throws IOException {
    List<Path> files = new ArrayList<>(outputs);
    for (Path p : extra) if (p != null && Files.isRegularFile(p)) files.add(p);
    RunManifest done = m.withOutputs(Manifests.digests(files));
    for (Path out : outputs) Manifests.write(Manifests.sidecar(out), done);
  }

  /**
   * Writes the manifest of an index folder, changed in place by this run. The runs that built
   * the index before are carried forward when its manifest describes the commit this run
   * started from ({@code before}); otherwise something else changed the index in between, and
   * only this run can be vouched for.
   */
  static void writeForIndex(Path dir, RunManifest m, IndexIdentity before, Path... extra)
      throws IOException {
    Path sidecar = Manifests.sidecar(dir);
    RunManifest old = before == null ? null : Manifests.readIfValid(sidecar);
    List<RunManifest> earlier = new ArrayList<>();
    if (old != null && old.index() != null && old.index().sameCommit(before)) {
      earlier.addAll(old.earlierRuns());
      earlier.add(old.withEarlierRuns(List.of()));
    }
    List<Path> files = new ArrayList<>();
    for (Path p : extra) if (p != null && Files.isRegularFile(p)) files.add(p);
    Manifests.write(sidecar, m.withOutputs(Manifests.digests(files)).withEarlierRuns(earlier));
  }

  /** The latest commit of {@code dir}, or null when it holds no index yet. */
  static IndexIdentity identityOrNull(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return null;
    try {
      return IndexIdentity.of(dir);
    } catch (org.apache.lucene.index.IndexNotFoundException none) {
      return null;
    }
  }

  private static <T> T join(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while hashing the inputs for the manifest");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw new IOException("cannot hash an input for the run manifest: " + io.getMessage(),
            io);
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    hasher.shutdownNow();
  }
}
