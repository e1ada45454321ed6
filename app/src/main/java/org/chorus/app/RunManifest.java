package org.chorus.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one run of a command read and wrote, so that a finding can be traced back to the exact
 * data, model and index it came from, and checked later ({@link Verifying}). Written beside
 * each output as {@code OUT.manifest.json} ({@link Manifests#sidecar}).
 *
 * @param manifest the manifest format, {@link #FORMAT}
 * @param command the operation, as the command line names it ("index", "label", "network")
 * @param parameters the request as the operation received it
 * @param inputs the dataset files read, each with size and SHA-256
 * @param model the model file used, or null
 * @param index the index read or written: its latest commit after the run, or null
 * @param outputs the files written, each with size and SHA-256 (an index is identified by
 *     {@code index} instead: hashing gigabytes of segments would cost more than the run)
 * @param created when the run finished, UTC
 * @param earlierRuns runs that built the same output before this one (an index indexed in
 *     several runs, an index labelled in place), oldest first; each without earlier runs
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RunManifest(String manifest, String chorusVersion, String command,
    JsonNode parameters, List<FileDigest> inputs, FileDigest model, IndexIdentity index,
    List<FileDigest> outputs, Instant created, List<RunManifest> earlierRuns) {

  /** The manifest format this Chorus writes and reads. */
  public static final String FORMAT = "chorus-run-manifest/1";

  public RunManifest {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    outputs = outputs == null ? List.of() : List.copyOf(outputs);
    earlierRuns = earlierRuns == null ? List.of() : List.copyOf(earlierRuns);
  }

  RunManifest withOutputs(List<FileDigest> files) {
    return new RunManifest(manifest, chorusVersion, command, parameters, inputs, model, index,
        files, created, earlierRuns);
  }

  RunManifest withEarlierRuns(List<RunManifest> runs) {
    return new RunManifest(manifest, chorusVersion, command, parameters, inputs, model, index,
        outputs, created, runs);
  }

  /**
   * The manifest as flat text attributes, for a file that carries its own (GraphML, GEXF):
   * {@code chorus_version}, {@code chorus_command}, {@code chorus_parameters} (JSON), the
   * index's commit, the model's hash, each input as {@code chorus_input_N} ("sha256 bytes
   * path") and {@code chorus_created}.
   */
  public Map<String, String> attributes() {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("chorus_manifest", manifest);
    a.put("chorus_version", chorusVersion);
    a.put("chorus_command", command);
    a.put("chorus_parameters", parameters == null ? "{}" : parameters.toString());
    for (int i = 0; i < inputs.size(); i++) a.put("chorus_input_" + (i + 1), text(inputs.get(i)));
    if (model != null) a.put("chorus_model", text(model));
    if (index != null) {
      a.put("chorus_index", index.path());
      a.put("chorus_index_commit", index.segmentsFile() + " id " + index.id());
      a.put("chorus_index_docs", Long.toString(index.docs()));
    }
    a.put("chorus_created", created.toString());
    return a;
  }

  private static String text(FileDigest f) {
    return f.sha256() + " " + f.bytes() + " " + f.path();
  }
}
