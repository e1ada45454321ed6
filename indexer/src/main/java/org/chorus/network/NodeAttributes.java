package org.chorus.network;

import java.util.List;
import java.util.Map;

/**
 * Extra attributes of the nodes a {@link NetworkWriter} writes (account fingerprints, community
 * numbers): their names and types, and each account's values in that order. An account without
 * values gets none written (GraphML and GEXF leave the attribute out; CSV leaves cells empty).
 */
public record NodeAttributes(List<Attribute> attributes, Map<String, List<String>> values) {
  public static final NodeAttributes NONE = new NodeAttributes(List.of(), Map.of());

  public NodeAttributes {
    attributes = List.copyOf(attributes);
    values = Map.copyOf(values);
    for (List<String> v : values.values()) {
      if (v.size() != attributes.size()) {
        throw new IllegalArgumentException("expected " + attributes.size() + " values, found "
            + v.size());
      }
    }
  }

  /** An attribute's name and type; {@code null} values are left out. */
  public record Attribute(String name, Type type) {}

  /** The types GraphML and GEXF share. */
  public enum Type {
    STRING("string", "string"), INT("int", "integer"), LONG("long", "long"),
    DOUBLE("double", "double"), BOOLEAN("boolean", "boolean");

    final String graphml;
    final String gexf;

    Type(String graphml, String gexf) {
      this.graphml = graphml;
      this.gexf = gexf;
    }
  }
}
