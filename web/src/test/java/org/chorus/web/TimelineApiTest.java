package org.chorus.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.chorus.app.Investigation;
import org.junit.jupiter.api.Test;

class TimelineApiTest {
  private static final Investigation investigation = ApiServer.bundled().investigation;
  private static final Workbench workbench = ApiServer.bundled().workbench;
  private static final Http http = ApiServer.bundled().http;

  private static long sum(JsonNode counts) {
    long n = 0;
    for (JsonNode c : counts) n += c.get("count").asLong();
    return n;
  }

  @Test
  void countsSumToTheSearchTotalForEveryFilterAndBucket() throws Exception {
    String[] filters = {"", "q=police", "lang=zh", "label=protesters_violent",
        "q=" + URLEncoder.encode("暴徒 OR 暴力", StandardCharsets.UTF_8) + "&from=2019-08-01",
        "from=2019-07-01&to=2019-07-03", "hashtag=Prosperity"};
    for (String f : filters) {
      long total = http.json("/api/search?facets=false&size=1&" + f).get("total").asLong();
      assertTrue(total > 0, f);
      for (String bucket : new String[] {"auto", "hour", "day", "week"}) {
        JsonNode t = http.json("/api/timeline?bucket=" + bucket + "&" + f);
        assertEquals(total, t.get("total").asLong(), f + " " + bucket);
        assertEquals(total, sum(t.get("counts")) + t.get("undated").asLong(), f + " " + bucket);
        if (!bucket.equals("auto")) assertEquals(bucket, t.get("bucket").asText(), f);
        Duration step = switch (t.get("bucket").asText()) {
          case "hour" -> Duration.ofHours(1);
          case "day" -> Duration.ofDays(1);
          default -> Duration.ofDays(7);
        };
        JsonNode counts = t.get("counts");
        // Empty buckets are there: consecutive times are exactly one bucket apart.
        for (int i = 1; i < counts.size(); i++) {
          Instant a = Instant.parse(counts.get(i - 1).get("time").asText());
          Instant b = Instant.parse(counts.get(i).get("time").asText());
          assertEquals(step, Duration.between(a, b), f + " " + bucket + " at " + a);
        }
        assertTrue(counts.get(0).get("count").asLong() > 0);
        assertTrue(counts.get(counts.size() - 1).get("count").asLong() > 0);
        if (step.toDays() == 7) {
          assertEquals(DayOfWeek.MONDAY, Instant.parse(counts.get(0).get("time").asText())
              .atZone(ZoneOffset.UTC).getDayOfWeek());
        }
      }
    }
  }

  @Test
  void automaticBucketIsHoursForOneDayAndDaysForMonths() throws Exception {
    JsonNode day = http.json("/api/timeline?from=2019-08-12&to=2019-08-12");
    assertEquals("hour", day.get("bucket").asText());
    assertTrue(day.get("counts").size() <= 24);
    for (JsonNode c : day.get("counts")) {
      assertTrue(c.get("time").asText().startsWith("2019-08-12T"), c.toString());
    }
    JsonNode stats = http.json("/api/stats");
    Duration span = Duration.between(Instant.parse(stats.get("first").asText()),
        Instant.parse(stats.get("last").asText()));
    assertTrue(span.toDays() > 7 && span.toDays() < 700, "the bundled corpus spans months");
    assertEquals("day", http.json("/api/timeline").get("bucket").asText());
  }

  @Test
  void badBucketOrQueryIs400NamingIt() throws Exception {
    HttpResponse<String> r = http.get("/api/timeline?bucket=minute");
    assertEquals(400, r.statusCode());
    assertTrue(Http.parse(r).get("error").asText().contains("bucket"), r.body());
    assertEquals(400, http.get("/api/timeline?q=%28unclosed").statusCode());
    assertEquals(400, http.get("/api/timeline?from=2019-09-01&to=2019-08-01").statusCode());
  }

  @Test
  void aFilterMatchingNothingIsAnEmptyTimeline() throws Exception {
    JsonNode t = http.json("/api/timeline?q=zzzqqqxxyy");
    assertEquals(0, t.get("total").asLong());
    assertEquals(0, t.get("counts").size());
  }
}
