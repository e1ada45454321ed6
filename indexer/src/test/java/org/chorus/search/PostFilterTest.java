package org.chorus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostFilterTest {
  @Test
  void aDateIsAWholeUtcDayAtEitherEnd() {
    assertEquals(Instant.parse("2019-08-31T00:00:00Z"), PostFilter.bound("2019-08-31", false));
    assertEquals(Instant.parse("2019-09-01T00:00:00Z"), PostFilter.bound("2019-08-31", true));
    assertEquals(Instant.parse("2019-08-31T12:00:00Z"),
        PostFilter.bound("2019-08-31T12:00:00Z", true), "a time is taken as it is");
    assertNull(PostFilter.bound(null, true));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PostFilter.bound("yesterday", false));
    assertTrue(e.getMessage().contains("'yesterday'"), e.getMessage());
  }

  @Test
  void emptyRangesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> PostFilter.builder()
        .from(PostFilter.bound("2019-09-01", false)).to(PostFilter.bound("2019-08-31", true))
        .build());
  }

  @Test
  void onlyAFilterWithoutRestrictionsIsAll() {
    assertTrue(PostFilter.ALL.isAll());
    assertTrue(PostFilter.builder().query(" * ").build().isAll());
    assertFalse(PostFilter.builder().query("police").build().isAll());
    assertFalse(PostFilter.builder().langs(List.of("zh")).build().isAll());
    assertEquals(PostFilter.builder().query("a").langs(List.of("zh")).build(),
        PostFilter.builder().query("a").langs(List.of("zh")).build().toBuilder().build());
  }
}
