package org.chorus.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.chorus.corpus.AtomicFile;
import org.chorus.corpus.ColumnMap;
import org.chorus.corpus.InvalidInputException;

/**
 * Run manifests on disk: where one goes ({@link #sidecar}), writing one whole after its output
 * is complete, and reading one back with every fault named by file, line and field.
 */
public final class Manifests {
  /** What a manifest's name adds to its output's: {@code net.graphml.manifest.json}. */
  public static final String SUFFIX = ".manifest.json";
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  static final ObjectMapper JSON = mapper();
  private static final String VERSION = version();

  private Manifests() {}

  /** The Chorus version this build records, e.g. {@code 0.1.0-SNAPSHOT}. */
  public static String chorusVersion() {
    return VERSION;
  }

  /**
   * The manifest of {@code output}: {@code OUT.manifest.json} beside a file, and beside an
   * index folder too ({@code DIR.manifest.json}, as its rejects file), where Lucene never sees
   * it. A path that already names a manifest is returned as it is.
   */
  public static Path sidecar(Path output) {
    Path name = output.getFileName();
    if (name != null && name.toString().endsWith(SUFFIX)) return output;
    Path clean = output.toAbsolutePath().normalize();
    return clean.resolveSibling(clean.getFileName() + SUFFIX);
  }

  /**
   * Reads a manifest.
   *
   * @throws InvalidInputException naming the file, the line when known, and the field, when
   *     it is missing, not JSON, or not a manifest this Chorus reads
   */
  public static RunManifest read(Path manifest) throws IOException {
    String file = manifest.toString();
    RunManifest m;
    try {
      m = JSON.readValue(Files.readAllBytes(manifest), RunManifest.class);
    } catch (FileSystemException e) {
      throw InvalidInputException.cannotRead(manifest, e);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      String field = e instanceof JsonMappingException jm ? field(jm.getPath()) : null;
      throw new InvalidInputException(file, Math.max(line, 0), field, reason(e));
    }
    if (m == null) throw new InvalidInputException(file, 1, null, "empty: no manifest in it");
    check(file, m, "");
    return m;
  }

  /** The manifest at {@code manifest}, or null when there is none or it cannot be read. */
  static RunManifest readIfValid(Path manifest) {
    if (!Files.isRegularFile(manifest)) return null;
    try {
      return read(manifest);
    } catch (IOException | InvalidInputException e) {
      return null;
    }
  }

  /** Writes {@code m} whole or not at all. */
  static void write(Path manifest, RunManifest m) throws IOException {
    byte[] json = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(m);
    AtomicFile.write(manifest, out -> {
      out.write(json);
      out.write('\n');
    });
  }

  /** A request as manifest parameters: its components as JSON, paths absolute. */
  static JsonNode parameters(Object request) {
    return request == null ? JSON.createObjectNode() : JSON.valueToTree(request);
  }

  private static void check(String file, RunManifest m, String at) {
    if (!RunManifest.FORMAT.equals(m.manifest())) {
      throw new InvalidInputException(file, 0, at + "manifest", m.manifest() == null
          ? "missing: not a Chorus run manifest"
          : "'" + m.manifest() + "' is not a format this Chorus reads (" + RunManifest.FORMAT
              + ")");
    }
    if (m.command() == null || m.command().isBlank()) {
      throw new InvalidInputException(file, 0, at + "command", "missing");
    }
    if (m.created() == null) throw new InvalidInputException(file, 0, at + "created", "missing");
    for (int i = 0; i < m.inputs().size(); i++) {
      check(file, m.inputs().get(i), at + "inputs[" + i + "]");
    }
    for (int i = 0; i < m.outputs().size(); i++) {
      check(file, m.outputs().get(i), at + "outputs[" + i + "]");
    }
    if (m.model() != null) check(file, m.model(), at + "model");
    IndexIdentity x = m.index();
    if (x != null) {
      if (x.path() == null) throw new InvalidInputException(file, 0, at + "index.path", "missing");
      if (x.id() == null) throw new InvalidInputException(file, 0, at + "index.id", "missing");
    }
    for (int i = 0; i < m.earlierRuns().size(); i++) {
      check(file, m.earlierRuns().get(i), at + "earlier_runs[" + i + "].");
    }
  }

  private static void check(String file, FileDigest f, String at) {
    if (f == null) throw new InvalidInputException(file, 0, at, "missing");
    if (f.path() == null) throw new InvalidInputException(file, 0, at + ".path", "missing");
    if (f.bytes() < 0) {
      throw new InvalidInputException(file, 0, at + ".bytes", "negative: " + f.bytes());
    }
    if (f.sha256() == null || !SHA256.matcher(f.sha256()).matches()) {
      throw new InvalidInputException(file, 0, at + ".sha256", f.sha256() == null ? "missing"
          : "not a SHA-256 (64 lower-case hex digits): '" + f.sha256() + "'");
    }
  }

  // "inputs[0].sha256", as a person reads the file, from Jackson's path of references.
  private static String field(List<JsonMappingException.Reference> path) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      if (r.getFieldName() != null) {
        if (b.length() > 0) b.append('.');
        b.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.length() == 0 ? null : b.toString();
  }

  // Words for the owner of the file, not Java types.
  private static String reason(JsonProcessingException e) {
    if (e instanceof InvalidFormatException f) {
      return "expected " + kind(f.getTargetType()) + ", found '" + f.getValue() + "'";
    }
    if (e instanceof MismatchedInputException m) {
      return "expected " + kind(m.getTargetType()) + ", found something else";
    }
    String message = e.getOriginalMessage();
    int cut = message.indexOf('\n');
    return "not valid JSON: " + (cut < 0 ? message : message.substring(0, cut));
  }

  private static String kind(Class<?> type) {
    if (type == null) return "another value";
    if (type == long.class || type == int.class || type == Long.class || type == Integer.class) {
      return "a whole number";
    }
    if (type == String.class) return "text";
    if (type == java.time.Instant.class) return "an ISO-8601 time (2019-09-01T00:00:00Z)";
    if (List.class.isAssignableFrom(type)) return "a list";
    return "an object";
  }

  private static ObjectMapper mapper() {
    SimpleModule paths = new SimpleModule("chorus-manifest");
    paths.addSerializer(Path.class, new StdSerializer<>(Path.class) {
      @Override
      public void serialize(Path p, JsonGenerator g, SerializerProvider s) throws IOException {
        g.writeString(p.toAbsolutePath().normalize().toString());
      }
    });
    paths.addSerializer(ColumnMap.class, ToStringSerializer.instance);
    return new ObjectMapper()
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .registerModule(new JavaTimeModule())
        .registerModule(paths)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  }

  private static String version() {
    Properties p = new Properties();
    try (InputStream in = Manifests.class.getResourceAsStream("chorus-version.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      // no version file: a build without resources; say so rather than fail every run
    }
    String v = p.getProperty("version", "unknown");
    return v.startsWith("${") ? "unknown" : v;
  }

  static List<FileDigest> digests(List<Path> files) throws IOException {
    List<FileDigest> out = new ArrayList<>();
    for (Path f : files) out.add(FileDigest.of(f));
    return out;
  }
}
