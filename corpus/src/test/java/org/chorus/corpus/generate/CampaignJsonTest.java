package org.chorus.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.chorus.corpus.InvalidInputException;
import org.junit.jupiter.api.Test;

class CampaignJsonTest {

  @Test
  void roundTrips() {
    CampaignRecord c = new CampaignRecord("c0001", "foreign_interference", "zh", "外部势力滚出香港！",
        List.of("11", "12"), List.of("1", "2"), List.of("a", "b"),
        Instant.parse("2019-08-12T02:00:00Z"), Instant.parse("2019-08-12T02:04:00Z"));
    String line = CampaignJson.write(c);
    assertTrue(line.startsWith("{\"campaign\":\"c0001\",\"narrative\":\"foreign_interference\""), line);
    assertEquals(c, CampaignJson.read(line, "campaigns.jsonl", 1));
  }

  @Test
  void namesTheFieldThatIsWrong() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> CampaignJson.read(
        "{\"campaign\":\"c1\",\"narrative\":\"x\",\"lang\":\"en\",\"seed\":\"s\",\"posts\":\"p\"}",
        "campaigns.jsonl", 3));
    assertTrue(e.getMessage().contains("campaigns.jsonl") && e.getMessage().contains("posts"),
        e.getMessage());
  }
}
