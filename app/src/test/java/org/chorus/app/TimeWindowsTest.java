package org.chorus.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimeWindowsTest {
  @Test
  void windowsParseAndFormat() {
    assertEquals(Duration.ofMinutes(10), TimeWindows.parse("10m"));
    assertEquals(Duration.ofHours(1), TimeWindows.parse("1h"));
    assertEquals(Duration.ofSeconds(90), TimeWindows.parse("90s"));
    assertEquals(Duration.ofDays(2), TimeWindows.parse("2D"));
    assertEquals(Duration.ofMillis(500), TimeWindows.parse("500ms"));
    assertNull(TimeWindows.parse("none"));
    assertNull(TimeWindows.parse("0"));
    for (String zero : new String[] {"0s", "0m", "00h"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> TimeWindows.parse(zero), "a window nothing fits in is refused: " + zero);
      assertTrue(e.getMessage().contains("none (or 0)"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> TimeWindows.parse("10"));
    assertThrows(IllegalArgumentException.class, () -> TimeWindows.parse("m"));
    assertThrows(IllegalArgumentException.class, () -> TimeWindows.parse("1 week"));
    assertThrows(IllegalArgumentException.class, () -> TimeWindows.parse("99999999999999h"),
        "a number too long to read is refused, not an overflow");
    assertEquals("10m", TimeWindows.format(Duration.ofMinutes(10)));
    assertEquals("1h", TimeWindows.format(Duration.ofMinutes(60)));
    assertEquals("none", TimeWindows.format(null));
  }
}
