package org.chorus.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateTest {

  @Test
  void picksEveryAlternativeIncludingNestedAndEmptyOnes() {
    Set<String> seen = new HashSet<>();
    Rng rng = new Rng(1);
    for (int i = 0; i < 400; i++) seen.add(Template.expand("a[b|c[d|e]|]f", rng, s -> "?"));
    assertEquals(Set.of("abf", "acdf", "acef", "af"), seen);
  }

  @Test
  void fillsSlotsThroughTheResolver() {
    assertEquals("police in Mong Kok", Template.expand("police in {place}", new Rng(2),
        name -> name.equals("place") ? "Mong Kok" : "?"));
  }

  @Test
  void refusesUnbalancedTemplates() {
    assertThrows(IllegalArgumentException.class, () -> Template.expand("a[b|c", new Rng(1), s -> ""));
    assertThrows(IllegalArgumentException.class, () -> Template.expand("a{b", new Rng(1), s -> ""));
  }
}
