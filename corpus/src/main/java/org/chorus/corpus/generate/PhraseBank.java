package org.chorus.corpus.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sentences the generator writes with, one bank per language, kept as text resources
 * ({@code phrases-LANG.txt}) so that writers can grow them without touching code. A bank is a
 * list of sections: a line {@code @name} opens a section, each following line is one template
 * (see {@link Template}), {@code #} starts a comment. Sections of {@code phrases-common.txt}
 * (emoji) are shared by every language; written Cantonese falls back to traditional Chinese.
 */
final class PhraseBank {
  private static final String COMMON = "common";
  private final Map<Lang, Map<String, List<String>>> byLang;
  private final Map<String, List<String>> common;

  private PhraseBank(Map<Lang, Map<String, List<String>>> byLang,
      Map<String, List<String>> common) {
    this.byLang = byLang;
    this.common = common;
  }

  static PhraseBank load() {
    Map<Lang, Map<String, List<String>>> byLang = new EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) byLang.put(lang, read(lang.bank));
    return new PhraseBank(byLang, read(COMMON));
  }

  /** The templates of a section in a language (falling back to the shared bank), or empty. */
  List<String> section(Lang lang, String name) {
    List<String> found = byLang.get(lang).get(name);
    if (found == null && lang == Lang.YUE) found = byLang.get(Lang.ZH_HANT).get(name);
    if (found != null) return found;
    return common.getOrDefault(name, List.of());
  }

  /** The sections a language's own bank defines (not counting fallbacks), sorted. */
  List<String> sectionNames(Lang lang) {
    return byLang.get(lang).keySet().stream().sorted().toList();
  }

  boolean has(Lang lang, String name) {
    return !section(lang, name).isEmpty();
  }

  private static Map<String, List<String>> read(String bank) {
    String resource = "phrases-" + bank + ".txt";
    Map<String, List<String>> sections = new HashMap<>();
    try (InputStream in = PhraseBank.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing phrase bank " + resource);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> current = null;
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) continue;
        if (s.startsWith("@")) {
          current = sections.computeIfAbsent(s.substring(1), k -> new ArrayList<>());
        } else if (current == null) {
          throw new IllegalStateException(resource + ":" + lineNo + ": text before any @section");
        } else {
          current.add(s);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sections.replaceAll((k, v) -> List.copyOf(v));
    return sections;
  }
}
