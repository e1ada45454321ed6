package org.chorus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NearDuplicateOptionsTest {
  @Test
  void windowsParseAndFormat() {
    assertEquals(Duration.ofMinutes(10), NearDuplicateOptions.parseWindow("10m"));
    assertEquals(Duration.ofHours(1), NearDuplicateOptions.parseWindow("1h"));
    assertEquals(Duration.ofSeconds(90), NearDuplicateOptions.parseWindow("90s"));
    assertEquals(Duration.ofDays(2), NearDuplicateOptions.parseWindow("2D"));
    assertEquals(Duration.ofMillis(500), NearDuplicateOptions.parseWindow("500ms"));
    assertNull(NearDuplicateOptions.parseWindow("none"));
    assertThrows(UsageException.class, () -> NearDuplicateOptions.parseWindow("10"));
    assertThrows(UsageException.class, () -> NearDuplicateOptions.parseWindow("m"));
    assertThrows(UsageException.class, () -> NearDuplicateOptions.parseWindow("1 week"));
    assertEquals("10m", NearDuplicateOptions.formatWindow(Duration.ofMinutes(10)));
    assertEquals("1h", NearDuplicateOptions.formatWindow(Duration.ofMinutes(60)));
    assertEquals("none", NearDuplicateOptions.formatWindow(null));
  }
}
