package org.chorus.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON Lines in a foreign schema, read through a {@link ColumnMap} whose columns are the objects'
 * top-level field names (matched exactly). Strings, numbers and booleans are read as the text
 * they are written as; arrays (of those) fill list targets and labels; null or an absent field
 * is an empty value. {@link MappedPosts} then interprets the values exactly as for CSV.
 */
final class MappedJson implements JsonlPostReader.Decoder {
  private static final JsonFactory JSON = new JsonFactory();

  private final String file;
  private final ColumnMap columns;
  private final Set<String> wanted;
  private final MappedPosts posts;
  private final List<Rejection> dropped = new ArrayList<>();

  private MappedJson(String file, ColumnMap columns, MappedPosts posts) {
    this.file = file;
    this.columns = columns;
    this.posts = posts;
    Set<String> w = new LinkedHashSet<>();
    for (ColumnMap.Target t : ColumnMap.Target.values()) {
      if (columns.column(t) != null) w.add(columns.column(t));
    }
    w.addAll(columns.labelColumns());
    this.wanted = Set.copyOf(w);
  }

  /** Checks the map has account and text (else an error at line 1) and binds it to the file. */
  static MappedJson of(String file, String stem, ColumnMap columns) {
    columns.requireAccountAndText(file, "");
    return new MappedJson(file, columns, new MappedPosts(file, stem, columns.targets(),
        "JSON Lines through column map " + columns, "field", "line number"));
  }

  @Override
  public List<String> notes() {
    return posts.notes();
  }

  @Override
  public List<Rejection> dropped() {
    return dropped;
  }

  @Override
  public Post decode(String line, long lineNo) {
    Fields fields = parse(line, lineNo);
    try {
      Post post = posts.build(fields, lineNo);
      dropped.clear();
      for (MappedPosts.Dropped d : posts.dropped()) {
        dropped.add(new Rejection(file, lineNo, columns.column(d.target()), d.reason(), ""));
      }
      return post;
    } catch (MappedPosts.BadField e) {
      String field = columns.column(e.target);
      String reason = e.reason;
      if (!fields.present.contains(field)) {
        reason += " (no such field; the object has: " + String.join(", ", fields.present) + ")";
      }
      throw new InvalidInputException(file, lineNo, field, reason);
    }
  }

  /** The wanted fields of one object; a type error names the field. */
  private Fields parse(String line, long lineNo) {
    Fields fields = new Fields();
    String field = null;
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new InvalidInputException(file, lineNo, null, "not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        field = p.currentName();
        JsonToken t = p.nextToken();
        fields.present.add(field);
        if (!wanted.contains(field)) {
          p.skipChildren();
        } else if (t == JsonToken.START_ARRAY) {
          fields.put(field, null, array(p, lineNo, field));
        } else if (t == JsonToken.VALUE_NULL) {
          fields.put(field, null, null);
        } else {
          fields.put(field, scalar(p, t, lineNo, field), null);
        }
        field = null; // an error between fields belongs to the record, not the last field
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw new InvalidInputException(file, lineNo, null, "trailing content after the object");
      }
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(file, lineNo, field,
          "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fields;
  }

  private String scalar(JsonParser p, JsonToken t, long lineNo, String field) throws IOException {
    if (t.isScalarValue()) return p.getText();
    throw new InvalidInputException(file, lineNo, field,
        "expected a string, number, boolean or array, found an object");
  }

  private List<String> array(JsonParser p, long lineNo, String field) throws IOException {
    List<String> items = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == JsonToken.VALUE_NULL) continue;
      if (!t.isScalarValue()) {
        throw new InvalidInputException(file, lineNo, field,
            "expected strings, numbers or booleans in the array");
      }
      items.add(p.getText());
    }
    return items;
  }

  /** One object's wanted values: each field is a scalar or an array (or neither: empty). */
  private final class Fields implements MappedFields {
    final Map<String, String> scalars = new HashMap<>();
    final Map<String, List<String>> arrays = new HashMap<>();
    final Set<String> present = new LinkedHashSet<>();

    void put(String field, String scalar, List<String> array) {
      scalars.remove(field); // a repeated field: the last one counts
      arrays.remove(field);
      if (scalar != null) scalars.put(field, scalar);
      if (array != null) arrays.put(field, array);
    }

    @Override
    public String raw(ColumnMap.Target target) {
      String field = columns.column(target);
      if (field == null) return null;
      if (arrays.containsKey(field)) {
        throw new MappedPosts.BadField(target, "expected a single value, found an array");
      }
      return scalars.getOrDefault(field, "");
    }

    @Override
    public List<String> list(ColumnMap.Target target) {
      String field = columns.column(target);
      if (field == null) return null;
      List<String> array = arrays.get(field);
      return array != null ? ListField.of(array) : ListField.parse(scalars.get(field));
    }

    @Override
    public List<String> labels() {
      List<String> labels = new ArrayList<>();
      for (String field : columns.labelColumns()) {
        String scalar = scalars.get(field);
        List<String> items =
            scalar != null ? List.of(scalar) : arrays.getOrDefault(field, List.of());
        for (String item : items) {
          String label = item.strip();
          if (!label.isEmpty()) labels.add(label);
        }
      }
      return labels;
    }
  }
}
