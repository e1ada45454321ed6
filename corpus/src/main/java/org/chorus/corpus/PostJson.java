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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The project's own JSON Lines schema for a post, one object per line:
 *
 * <pre>{"id":"1","account":"42","screen_name":"hk_daily","time":"2019-08-12T03:04:05Z",
 *  "lang":"en","text":"...","hashtags":["hk"],"urls":[],"mentions":[],
 *  "retweet":false,"retweet_of":null,"reply_to":null,"quote_of":null,
 *  "labels":["support_police"]}</pre>
 *
 * Only {@code id}, {@code account} and {@code text} are required. A post without a
 * {@code time} (labelled claims, news, any data that was never a timeline) gets the time its
 * Twitter id carries, else {@link MappedPosts#NO_TIME}, as a mapped CSV without a time column
 * does. Streaming Jackson keeps this cheap enough to sit on the indexing path.
 */
public final class PostJson {
  private static final JsonFactory JSON = new JsonFactory();

  private PostJson() {}

  public static String write(Post post) {
    StringWriter out = new StringWriter(256 + post.text().length());
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("id", post.id());
      g.writeStringField("account", post.account().id());
      if (post.account().screenName() != null) {
        g.writeStringField("screen_name", post.account().screenName());
      }
      g.writeStringField("time", post.time().toString());
      if (post.lang() != null) g.writeStringField("lang", post.lang());
      g.writeStringField("text", post.text());
      writeList(g, "hashtags", post.hashtags());
      writeList(g, "urls", post.urls());
      writeList(g, "mentions", post.mentions());
      if (post.retweet()) g.writeBooleanField("retweet", true);
      if (post.retweetOf() != null) g.writeStringField("retweet_of", post.retweetOf());
      if (post.replyTo() != null) g.writeStringField("reply_to", post.replyTo());
      if (post.quoteOf() != null) g.writeStringField("quote_of", post.quoteOf());
      writeList(g, "labels", post.labels());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeList(JsonGenerator g, String name, List<String> values)
      throws IOException {
    if (values.isEmpty()) return;
    g.writeArrayFieldStart(name);
    for (String v : values) g.writeString(v);
    g.writeEndArray();
  }

  /**
   * Parses one line. Unknown fields are ignored so that richer files (with extra columns of
   * their own) still read; a missing or mistyped known field is an error naming that field.
   */
  public static Post read(String line, String file, long lineNo) {
    return read(line, file, lineNo, () -> {});
  }

  /** As {@link #read(String, String, long)}; {@code undated} runs for a post given no time. */
  static Post read(String line, String file, long lineNo, Runnable undated) {
    return read(line, file, lineNo, undated, d -> {});
  }

  /**
   * As {@link #read(String, String, long, Runnable)}. An id written in floating point (a
   * spreadsheet's or pandas' rounding: many tweets share one such value) is never a key: as the
   * post's id the line is rejected; as a retweet, reply or quote id it is left out, and
   * {@code dropped} receives where and why once the post is known to be kept.
   */
  static Post read(String line, String file, long lineNo, Runnable undated,
      java.util.function.Consumer<Rejection> dropped) {
    String id = null, account = null, screenName = null, time = null, lang = null, text = null;
    String retweetOf = null, replyTo = null, quoteOf = null;
    boolean retweet = false;
    List<String> hashtags = List.of(), urls = List.of(), mentions = List.of(), labels = List.of();
    String field = null;
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidInputException(file, lineNo, null, "not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        field = p.currentName();
        JsonToken t = p.nextToken();
        switch (field) {
          case "id" -> id = scalar(p, t, file, lineNo, field);
          case "account" -> account = scalar(p, t, file, lineNo, field);
          case "screen_name" -> screenName = scalar(p, t, file, lineNo, field);
          case "time" -> time = scalar(p, t, file, lineNo, field);
          case "lang" -> lang = scalar(p, t, file, lineNo, field);
          case "text" -> text = scalar(p, t, file, lineNo, field);
          case "retweet" -> retweet = flag(p, t, file, lineNo, field);
          case "retweet_of" -> retweetOf = scalar(p, t, file, lineNo, field);
          case "reply_to" -> replyTo = scalar(p, t, file, lineNo, field);
          case "quote_of" -> quoteOf = scalar(p, t, file, lineNo, field);
          case "hashtags" -> hashtags = list(p, t, file, lineNo, field);
          case "urls" -> urls = list(p, t, file, lineNo, field);
          case "mentions" -> mentions = list(p, t, file, lineNo, field);
          case "labels" -> labels = list(p, t, file, lineNo, field);
          default -> p.skipChildren();
        }
      }
      field = null;
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw new InvalidInputException(file, lineNo, null, "trailing content after the object");
      }
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(file, lineNo, field, "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    require(id, "id", file, lineNo);
    if (MappedPosts.rounded(id)) {
      throw new InvalidInputException(file, lineNo, "id", "id '" + id + "' was rounded to"
          + " floating point (by a spreadsheet or pandas) and names no single post");
    }
    require(account, "account", file, lineNo);
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(file, lineNo, "text", "missing or empty");
    }
    Instant instant;
    if (time == null) {
      instant = TweetIds.time(id);
      if (instant == null) {
        undated.run();
        instant = MappedPosts.NO_TIME;
      }
    } else {
      try {
        instant = Instant.parse(time);
      } catch (DateTimeParseException e) {
        instant = Times.parse(time);
        if (instant == null) {
          throw new InvalidInputException(file, lineNo, "time", "unparsable time '" + time + "'");
        }
      }
    }
    retweetOf = exact(retweetOf, "retweet_of", file, lineNo, dropped);
    replyTo = exact(replyTo, "reply_to", file, lineNo, dropped);
    quoteOf = exact(quoteOf, "quote_of", file, lineNo, dropped);
    return new Post(id, new Account(account, screenName), instant, lang, text, hashtags, urls,
        mentions, retweet, retweetOf, replyTo, quoteOf, labels);
  }

  /** A linked post's id, or null when it was rounded to floating point (then reported). */
  private static String exact(String id, String field, String file, long lineNo,
      java.util.function.Consumer<Rejection> dropped) {
    if (id == null || !MappedPosts.rounded(id)) return id;
    dropped.accept(new Rejection(file, lineNo, field, "id '" + id + "' was rounded to floating"
        + " point and names no single post; the link is left out", ""));
    return null;
  }

  private static void require(String value, String field, String file, long lineNo) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(file, lineNo, field, "missing");
    }
  }

  private static String scalar(JsonParser p, JsonToken t, String file, long lineNo, String field)
      throws IOException {
    if (t == JsonToken.VALUE_NULL) return null;
    // A float is read as written, so that an id rounded to one is recognised, not misread.
    if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT
        || t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getText();
    }
    throw new InvalidInputException(file, lineNo, field, "expected a string, found " + t);
  }

  private static boolean flag(JsonParser p, JsonToken t, String file, long lineNo, String field)
      throws IOException {
    return switch (t) {
      case VALUE_TRUE -> true;
      case VALUE_FALSE, VALUE_NULL -> false;
      case VALUE_NUMBER_INT -> p.getIntValue() != 0;
      case VALUE_STRING -> Set.of("1", "true", "yes").contains(p.getText().toLowerCase(Locale.ROOT));
      default -> throw new InvalidInputException(file, lineNo, field, "expected true or false");
    };
  }

  private static List<String> list(JsonParser p, JsonToken t, String file, long lineNo,
      String field) throws IOException {
    if (t == JsonToken.VALUE_NULL) return List.of();
    if (t == JsonToken.VALUE_STRING) return List.of(p.getText());
    if (t != JsonToken.START_ARRAY) {
      throw new InvalidInputException(file, lineNo, field, "expected an array, found " + t);
    }
    List<String> out = new ArrayList<>();
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t != JsonToken.VALUE_STRING) {
        throw new InvalidInputException(file, lineNo, field, "expected strings in the array");
      }
      out.add(p.getText());
    }
    return out;
  }
}
