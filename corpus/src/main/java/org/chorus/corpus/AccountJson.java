package org.chorus.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * An {@link AccountRecord} as one JSON line, the users file's column names as keys:
 * {@code {"userid":"42","user_screen_name":"hk_daily","follower_count":10,
 * "account_creation_date":"2019-06-03T00:00:00Z",...}}. Unknown attributes are left out.
 */
public final class AccountJson {
  private static final JsonFactory JSON = new JsonFactory();

  private AccountJson() {}

  public static String write(AccountRecord a) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("userid", a.id());
      text(g, "user_display_name", a.displayName());
      text(g, "user_screen_name", a.screenName());
      text(g, "user_reported_location", a.reportedLocation());
      text(g, "user_profile_description", a.description());
      text(g, "user_profile_url", a.profileUrl());
      if (a.followers() != null) g.writeNumberField("follower_count", a.followers());
      if (a.following() != null) g.writeNumberField("following_count", a.following());
      if (a.created() != null) g.writeStringField("account_creation_date", a.created().toString());
      text(g, "account_language", a.language());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void text(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) g.writeStringField(name, value);
  }

  /** Parses one line written by {@link #write}; a bad line is an error naming file and line. */
  public static AccountRecord read(String line, String file, long lineNo) {
    String id = null, display = null, screen = null, location = null, description = null;
    String url = null, language = null;
    Long followers = null, following = null;
    Instant created = null;
    String field = null;
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidInputException(file, lineNo, null, "not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        field = p.currentName();
        JsonToken t = p.nextToken();
        switch (field) {
          case "userid" -> id = p.getValueAsString();
          case "user_display_name" -> display = p.getValueAsString();
          case "user_screen_name" -> screen = p.getValueAsString();
          case "user_reported_location" -> location = p.getValueAsString();
          case "user_profile_description" -> description = p.getValueAsString();
          case "user_profile_url" -> url = p.getValueAsString();
          case "follower_count" -> followers = t == JsonToken.VALUE_NULL ? null : p.getLongValue();
          case "following_count" -> following = t == JsonToken.VALUE_NULL ? null : p.getLongValue();
          case "account_creation_date" ->
              created = t == JsonToken.VALUE_NULL ? null : Instant.parse(p.getText());
          case "account_language" -> language = p.getValueAsString();
          default -> p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(file, lineNo, field, "malformed JSON: "
          + e.getOriginalMessage());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(file, lineNo, field, "unparsable time");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (id == null || id.isBlank()) throw new InvalidInputException(file, lineNo, "userid", "missing");
    return new AccountRecord(id, display, screen, location, description, url, followers,
        following, created, language);
  }
}
