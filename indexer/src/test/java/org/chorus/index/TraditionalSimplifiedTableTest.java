package org.chorus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.chorus.corpus.text.HanVariants;

/**
 * The shipped table ({@link HanVariants#TABLE}) is exactly ICU's Traditional-Simplified
 * transform restricted to one character for one. If an ICU upgrade changes it, the test fails
 * and writes the new table to {@code indexer/target/}: copy it over the shipped one (or run
 * {@link #main} from the repository root with the test classpath).
 */
class TraditionalSimplifiedTableTest {
  private static final String HEADER = """
      # Traditional Chinese characters and their simplified forms, one pair a line, generated
      # from ICU's Traditional-Simplified transform (ICU4J %s), keeping only one character for
      # one (so offsets and highlights stay put). Regenerate with TraditionalSimplifiedTableTest.
      """;

  static List<String> fromIcu() {
    Transliterator t = Transliterator.getInstance("Traditional-Simplified");
    List<String> lines = new ArrayList<>();
    for (int[] block : new int[][] {{0x3400, 0x9FFF}, {0xF900, 0xFAFF}}) {
      for (int c = block[0]; c <= block[1]; c++) {
        String s = String.valueOf((char) c);
        String r = t.transliterate(s);
        if (r.length() == 1 && !r.equals(s)) lines.add(s + r);
      }
    }
    return lines;
  }

  static String render(List<String> pairs) {
    return HEADER.formatted(com.ibm.icu.util.VersionInfo.ICU_VERSION) + String.join("\n", pairs) + "\n";
  }

  @Test
  void shippedTableIsIcusOneForOneMapping() throws IOException {
    String shipped;
    try (InputStream in = HanVariants.class.getResourceAsStream(HanVariants.TABLE)) {
      shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String expected = render(fromIcu());
    if (!expected.equals(shipped)) {
      Path fresh = Path.of("target", "traditional-simplified.txt");
      Files.writeString(fresh, expected);
      assertEquals(expected, shipped, "the table differs from ICU's: copy " + fresh.toAbsolutePath()
          + " to indexer/src/main/resources/org/chorus/index/");
    }
  }

  @Test
  void commonHongKongWordsFold() {
    assertEquals('国', HanVariants.fold('國'));
    assertEquals('乱', HanVariants.fold('亂'));
    assertEquals('示', HanVariants.fold('示'), "not traditional: unchanged");
    assertTrue(fromIcu().size() > 2500, "ICU's table covers the common traditional characters");
  }

  /** Writes the table into the source tree: run from the repository root. */
  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of("indexer/src/main/resources/org/chorus/index/traditional-simplified.txt"),
        render(fromIcu()));
  }
}
