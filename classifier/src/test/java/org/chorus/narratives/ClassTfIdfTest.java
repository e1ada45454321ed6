package org.chorus.narratives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassTfIdfTest {

  @Test
  void ranksTermsThatTellAClassFromTheOthers() {
    ClassTfIdf c = new ClassTfIdf(2);
    // "city" is the most frequent term of class 0, but class 1 uses it as often.
    c.add(0, List.of("city", "city", "city", "city", "rioters", "rioters", "petrol"));
    c.add(1, List.of("city", "city", "city", "city", "police", "police", "police"));
    // 14 occurrences over 2 classes: A = 7. rioters: 2 * log(1 + 7/2); city: 4 * log(1 + 7/8).
    assertEquals(2 * Math.log(1 + 7.0 / 2), c.weight(0, "rioters"), 1e-12);
    assertEquals(4 * Math.log(1 + 7.0 / 8), c.weight(0, "city"), 1e-12);
    assertEquals(1 * Math.log(1 + 7.0 / 1), c.weight(0, "petrol"), 1e-12);
    assertEquals(0, c.weight(0, "police"));
    assertEquals(List.of("rioters", "city", "petrol"), c.top(0, 3));
    assertEquals(List.of("police", "city"), c.top(1, 5));
    // Plain frequency would put "city" (4) before "rioters" (2) in class 0.
    assertTrue(c.weight(0, "city") < c.weight(0, "rioters"));
  }
}
