package org.chorus.corpus.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional Chinese characters and their simplified forms, so "外國勢力" and "外国势力" are the
 * same words: Hong Kong and Taiwan write traditional, the mainland simplified, and one campaign's
 * posts use both. The table ({@link #TABLE}, 2,906 characters) is ICU's Traditional-Simplified
 * transform, one character for one, so offsets (and highlights) are unchanged; a test checks it
 * against ICU, which is needed only there. The search analyzer folds with it, and so does the
 * near-duplicate fingerprints' normaliser: a copy rewritten in traditional
 * characters is the same words.
 */
public final class HanVariants {
  public static final String TABLE = "traditional-simplified.txt";
  private static final char[] FOLD = load();

  private HanVariants() {}

  /** The simplified form of one character, or the character itself. */
  public static char fold(char c) {
    char f = FOLD[c];
    return f != 0 ? f : c;
  }

  private static char[] load() {
    char[] fold = new char[0x10000];
    try (InputStream in = HanVariants.class.getResourceAsStream(TABLE)) {
      if (in == null) throw new IllegalStateException(TABLE + " is missing from the jar");
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isEmpty() || line.startsWith("#")) continue;
        if (line.length() != 2) throw new IllegalStateException(TABLE + ": bad line '" + line + "'");
        fold[line.charAt(0)] = line.charAt(1);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fold;
  }
}
