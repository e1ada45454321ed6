package org.chorus.corpus.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.chorus.corpus.InvalidInputException;

/**
 * One campaign per line of {@code campaigns.jsonl}:
 *
 * <pre>{"campaign":"c0001","narrative":"foreign_interference","lang":"zh","seed":"...",
 *  "size":37,"first":"2019-06-12T02:14:05Z","last":"2019-06-12T02:21:40Z",
 *  "posts":["1138..."],"accounts":["1127..."],"screen_names":["wangfang38291047"]}</pre>
 *
 * {@code posts[i]} is by {@code accounts[i]}; fields are written in this fixed order so the
 * file is byte-stable.
 */
public final class CampaignJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CampaignJson() {}

  public static String write(CampaignRecord c) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("campaign", c.id());
    o.put("narrative", c.narrative());
    o.put("lang", c.lang());
    o.put("seed", c.seed());
    o.put("size", c.size());
    o.put("first", c.first().toString());
    o.put("last", c.last().toString());
    strings(o.putArray("posts"), c.posts());
    strings(o.putArray("accounts"), c.accounts());
    strings(o.putArray("screen_names"), c.screenNames());
    try {
      return MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static CampaignRecord read(String line, String file, long lineNo) {
    JsonNode o;
    try {
      o = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(file, lineNo, null, "malformed JSON: " + e.getOriginalMessage());
    }
    if (o == null || !o.isObject()) throw new InvalidInputException(file, lineNo, null, "not a JSON object");
    return new CampaignRecord(text(o, "campaign", file, lineNo), text(o, "narrative", file, lineNo),
        text(o, "lang", file, lineNo), text(o, "seed", file, lineNo),
        list(o, "posts", file, lineNo), list(o, "accounts", file, lineNo),
        list(o, "screen_names", file, lineNo), time(o, "first", file, lineNo),
        time(o, "last", file, lineNo));
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static String text(JsonNode o, String field, String file, long lineNo) {
    JsonNode v = o.get(field);
    if (v == null || !v.isTextual()) throw new InvalidInputException(file, lineNo, field, "missing");
    return v.asText();
  }

  private static Instant time(JsonNode o, String field, String file, long lineNo) {
    try {
      return Instant.parse(text(o, field, file, lineNo));
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(file, lineNo, field, "not an ISO-8601 instant");
    }
  }

  private static List<String> list(JsonNode o, String field, String file, long lineNo) {
    JsonNode v = o.get(field);
    if (v == null || !v.isArray()) throw new InvalidInputException(file, lineNo, field, "expected an array");
    List<String> out = new ArrayList<>(v.size());
    v.forEach(x -> out.add(x.asText()));
    return out;
  }
}
