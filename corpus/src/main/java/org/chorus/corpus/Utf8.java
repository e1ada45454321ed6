package org.chorus.corpus;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 validation of raw bytes, as {@code CodingErrorAction.REPORT} would judge them:
 * no overlong forms, no surrogates, nothing past U+10FFFF, no truncated sequences. Readers
 * validate a record once and then decode its fields with the JDK's fast UTF-8 path.
 */
final class Utf8 {
  // Eight bytes at a time while the text is ASCII, which most of most datasets is.
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;

  private Utf8() {}

  /** The offset of the first byte that is not valid UTF-8 in {@code b[from, to)}, or -1. */
  static int firstInvalid(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      while (i + 8 <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) i += 8;
      if (i >= to) break;
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xFF;
      int n;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        min = 0x10000;
      } else {
        return i; // continuation byte without a lead, 0xC0/0xC1 (overlong) or 0xF5..0xFF
      }
      int cp = c & (0x3F >> n);
      for (int k = 1; k <= n; k++) {
        if (i + k >= to) return i; // truncated at the end
        int cc = b[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) return i;
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
      i += n + 1;
    }
    return -1;
  }
}
