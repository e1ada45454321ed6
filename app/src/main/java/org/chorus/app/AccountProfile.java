package org.chorus.app;

import java.time.Instant;
import java.util.List;
import org.chorus.search.Count;
import org.chorus.search.DayCount;
import org.chorus.search.WeekHours;

/**
 * One account as the index sees it: how much and when it posted, in which languages, with
 * which labels, narratives and hashtags (the top {@code 10} of each, as search facets).
 *
 * @param name the screen name its posts give, or null
 */
public record AccountProfile(String id, String name, long posts, Instant first, Instant last,
    List<Count> languages, List<Count> labels, List<Count> narratives, List<Count> hashtags,
    List<DayCount> perDay, WeekHours heatmap) {
  public AccountProfile {
    languages = List.copyOf(languages);
    labels = List.copyOf(labels);
    narratives = List.copyOf(narratives);
    hashtags = List.copyOf(hashtags);
    perDay = List.copyOf(perDay);
  }
}
