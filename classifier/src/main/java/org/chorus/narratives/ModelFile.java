package org.chorus.narratives;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.chorus.corpus.AtomicFile;
import org.chorus.corpus.InvalidInputException;

/**
 * Reads and writes model files. Layout, in this order:
 *
 * <ol>
 *   <li>the header: {@link ModelInfo} as one line of JSON (so {@code head -1} shows what the
 *       model is), with {@code payloadBytes} added, then {@code '\n'};
 *   <li>the payload, deflated: idf {@code float32[dim]}, weights {@code float32[dim * k]}
 *       (feature-major), bias {@code float32[k]}, all little-endian; for a stacked model
 *       (header {@code stack}) then the same three for each further base model, the trees'
 *       intercept {@code float64}, per tree its root and label {@code int32}, per node its
 *       input {@code int32}, split {@code float64}, children {@code int32} and value
 *       {@code float64} (see {@link Trees});
 *   <li>SHA-256 of everything before it (32 bytes).
 * </ol>
 *
 * Reading checks, in order: that it is a Chorus model at all, its format version, its length
 * (truncation), its digest (damage or tampering), then the payload sizes; each failure is an
 * {@link InvalidInputException} naming the file. No Java serialization anywhere.
 */
public final class ModelFile {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final String PAYLOAD_BYTES = "payloadBytes";
  private static final int DIGEST_BYTES = 32;
  private static final int MAX_HEADER = 1 << 20;
  private static final long MAX_INFLATION = 1032;

  private ModelFile() {}

  public static void write(NarrativeModel model, Path file) throws IOException {
    byte[] payload = deflate(payload(model));
    var header = JSON.valueToTree(model.info());
    ((com.fasterxml.jackson.databind.node.ObjectNode) header).put(PAYLOAD_BYTES, payload.length);
    byte[] head = (JSON.writeValueAsString(header) + "\n").getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + payload.length + 32);
    out.write(head);
    out.write(payload);
    out.write(sha256(out.toByteArray(), out.size()));
    AtomicFile.write(file, out::writeTo);
  }

  /**
   * Reads a model file, streaming: nothing the size of the file is held before the header has
   * been checked against the file's length and the digest against its content, and the weights
   * are inflated into exactly the size the header describes.
   */
  public static NarrativeModel read(Path file) throws IOException {
    String name = file.toString();
    if (Files.isDirectory(file)) throw bad(name, "is a folder, not a model file");
    long fileSize;
    byte[] head;
    try {
      fileSize = Files.size(file);
      head = headerLine(file, name);
    } catch (FileSystemException e) {
      throw InvalidInputException.cannotRead(file, e);
    }
    JsonNode header;
    try {
      header = JSON.readTree(new String(head, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw bad(name, "model header is not valid JSON: file damaged");
    }
    int version = header.path("formatVersion").asInt(-1);
    if (version < ModelInfo.OLDEST_READABLE || version > ModelInfo.VERSION) {
      throw bad(name, "model format version " + header.path("formatVersion")
          + " is not supported (this Chorus reads versions " + ModelInfo.OLDEST_READABLE + " to "
          + ModelInfo.VERSION + "); retrain the model with this version");
    }
    long payloadBytes = header.path(PAYLOAD_BYTES).asLong(-1);
    long payloadStart = head.length + 1L;
    long expected = payloadStart + payloadBytes + DIGEST_BYTES;
    if (payloadBytes < 0 || fileSize < expected) {
      throw bad(name, "model file is truncated (" + fileSize + " of " + expected + " bytes)");
    }
    if (fileSize > expected) {
      throw bad(name, "model file has " + (fileSize - expected) + " unexpected extra bytes");
    }
    if (!digestMatches(file, fileSize)) {
      throw bad(name, "model file is damaged or was modified (SHA-256 digest does not match)");
    }
    ModelInfo info;
    try {
      info = JSON.treeToValue(header, ModelInfo.class);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw bad(name, "model header is incomplete or malformed");
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      int size = payloadSize(info);
      // Deflate expands data at most about 1,032 times: a header that describes more weights
      // than its payload can hold is refused before that much memory is taken.
      if (size > MAX_INFLATION * payloadBytes + 1024) {
        throw new DataFormatException("the header describes " + size + " bytes of weights, more"
            + " than " + payloadBytes + " compressed bytes can hold");
      }
      in.skipNBytes(payloadStart);
      return fromPayload(info, inflate(in, payloadBytes, size), size);
    } catch (DataFormatException | IllegalArgumentException e) {
      throw bad(name, "model weights are unreadable: " + e.getMessage());
    }
  }

  /** The header line, without its newline, read from at most {@link #MAX_HEADER} bytes. */
  private static byte[] headerLine(Path file, String name) throws IOException {
    byte[] prefix = ("{\"format\":\"" + ModelInfo.FORMAT + "\"").getBytes(StandardCharsets.UTF_8);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      byte[] start = in.readNBytes(prefix.length);
      if (!Arrays.equals(start, prefix)) {
        throw bad(name, "not a Chorus model file (no chorus-model header)");
      }
      ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
      line.write(start);
      for (int b = in.read(); b != '\n'; b = in.read()) {
        if (b < 0 || line.size() >= MAX_HEADER) {
          throw bad(name, "model file is truncated (header never ends)");
        }
        line.write(b);
      }
      return line.toByteArray();
    }
  }

  /** Whether the last 32 bytes are the SHA-256 of everything before them, read in chunks. */
  private static boolean digestMatches(Path file, long fileSize) throws IOException {
    MessageDigest sha = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] chunk = new byte[1 << 16];
      for (long left = fileSize - DIGEST_BYTES; left > 0; ) {
        int n = in.read(chunk, 0, (int) Math.min(chunk.length, left));
        if (n < 0) return false;
        sha.update(chunk, 0, n);
        left -= n;
      }
      return Arrays.equals(sha.digest(), in.readNBytes(DIGEST_BYTES));
    }
  }

  private static InvalidInputException bad(String file, String reason) {
    return new InvalidInputException(file, 0, null, reason);
  }

  private static byte[] payload(NarrativeModel model) {
    Stack stack = model.stack();
    // The model's header describes its parts (NarrativeModel checks they match).
    ByteBuffer buf = ByteBuffer.allocate(payloadSize(model.info())).order(ByteOrder.LITTLE_ENDIAN);
    putLinear(buf, model.tfidf(), model.linear());
    if (stack != null) {
      for (Stack.Base b : stack.bases()) putLinear(buf, b.tfidf(), b.linear());
      Trees t = stack.trees();
      buf.putDouble(t.intercept);
      for (int i : t.root) buf.putInt(i);
      for (int i : t.label) buf.putInt(i);
      for (int i : t.feature) buf.putInt(i);
      for (double d : t.split) buf.putDouble(d);
      for (int i : t.left) buf.putInt(i);
      for (int i : t.right) buf.putInt(i);
      for (double d : t.value) buf.putDouble(d);
    }
    return buf.array();
  }

  private static long linearBytes(int dim, int k) {
    return 4L * (dim + (long) dim * k + k);
  }

  private static long treeBytes(int trees, int nodes) {
    return 8 + 8L * trees + 28L * nodes;
  }

  private static void putLinear(ByteBuffer buf, TfIdf tfidf, LinearModel m) {
    for (float f : tfidf.idf()) buf.putFloat(f);
    for (float f : m.weights) buf.putFloat(f);
    for (float f : m.bias) buf.putFloat(f);
  }

  /** The payload's size, in bytes, that the header describes. */
  private static int payloadSize(ModelInfo info) {
    int k = info.labels().size();
    ModelInfo.StackInfo stack = info.stack();
    long size = linearBytes(info.features().dimension(), k);
    if (stack != null) {
      for (FeatureSettings f : stack.bases()) size += linearBytes(f.dimension(), k);
      if (stack.trees() < 0 || stack.nodes() < 0) {
        throw new IllegalArgumentException("negative tree sizes in the header");
      }
      size += treeBytes(stack.trees(), stack.nodes());
    }
    if (size > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("model too large");
    return (int) size;
  }

  private static NarrativeModel fromPayload(ModelInfo info, byte[] payload, long expected) {
    int k = info.labels().size();
    ModelInfo.StackInfo stack = info.stack();
    if (payload.length != expected) {
      throw new IllegalArgumentException(payload.length + " bytes where the header ("
          + k + " labels" + (stack == null ? "" : ", a stack") + ") needs " + expected);
    }
    ByteBuffer buf = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
    FeatureSettings first = info.features();
    TfIdf tfidf = new TfIdf(floats(buf, first.dimension()), first.sublinearTf());
    LinearModel linear = linear(buf, first.dimension(), k);
    if (stack == null) return new NarrativeModel(info, tfidf, linear);
    List<Stack.Base> bases = new ArrayList<>();
    for (FeatureSettings f : stack.bases()) {
      TfIdf t = new TfIdf(floats(buf, f.dimension()), f.sublinearTf());
      bases.add(new Stack.Base(f, t, linear(buf, f.dimension(), k)));
    }
    double intercept = buf.getDouble();
    int[] root = ints(buf, stack.trees());
    int[] label = ints(buf, stack.trees());
    int[] feature = ints(buf, stack.nodes());
    double[] split = doubles(buf, stack.nodes());
    int[] left = ints(buf, stack.nodes());
    int[] right = ints(buf, stack.nodes());
    double[] value = doubles(buf, stack.nodes());
    Trees trees = new Trees(k, intercept, root, label, feature, split, left, right, value);
    return new NarrativeModel(info, tfidf, linear, new Stack(bases, stack.shapeTokens(), trees));
  }

  private static LinearModel linear(ByteBuffer buf, int dim, int k) {
    float[] weights = floats(buf, dim * k);
    float[] bias = floats(buf, k);
    return new LinearModel(k, dim, weights, bias);
  }

  private static float[] floats(ByteBuffer buf, int n) {
    float[] a = new float[n];
    buf.asFloatBuffer().get(a);
    buf.position(buf.position() + 4 * n);
    return a;
  }

  private static int[] ints(ByteBuffer buf, int n) {
    int[] a = new int[n];
    buf.asIntBuffer().get(a);
    buf.position(buf.position() + 4 * n);
    return a;
  }

  private static double[] doubles(ByteBuffer buf, int n) {
    double[] a = new double[n];
    buf.asDoubleBuffer().get(a);
    buf.position(buf.position() + 8 * n);
    return a;
  }

  private static byte[] deflate(byte[] raw) {
    Deflater d = new Deflater(Deflater.BEST_COMPRESSION);
    try {
      d.setInput(raw);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length / 4 + 64);
      byte[] chunk = new byte[1 << 16];
      while (!d.finished()) out.write(chunk, 0, d.deflate(chunk));
      return out.toByteArray();
    } finally {
      d.end();
    }
  }

  /**
   * Inflates {@code length} compressed bytes from {@code in} into exactly {@code size} bytes: a
   * stream that gives more, or ends early, is refused.
   */
  private static byte[] inflate(InputStream in, long length, int size)
      throws IOException, DataFormatException {
    Inflater inf = new Inflater();
    try {
      byte[] out = new byte[size];
      byte[] chunk = new byte[1 << 16];
      byte[] probe = new byte[1];
      long left = length;
      int n = 0;
      while (!inf.finished()) {
        if (inf.needsInput()) {
          int got = left == 0 ? -1 : in.read(chunk, 0, (int) Math.min(chunk.length, left));
          if (got < 0) throw new DataFormatException("deflate stream ends early");
          left -= got;
          inf.setInput(chunk, 0, got);
        }
        if (inf.needsDictionary()) throw new DataFormatException("deflate stream needs a dictionary");
        int got = n < size ? inf.inflate(out, n, size - n) : inf.inflate(probe);
        if (n == size && got > 0) {
          throw new DataFormatException("more weights than the header describes");
        }
        n += got;
      }
      return n == size ? out : Arrays.copyOf(out, n);
    } finally {
      inf.end();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sha256(byte[] bytes, int length) {
    MessageDigest sha = sha256();
    sha.update(bytes, 0, length);
    return sha.digest();
  }
}
