package io.cartomaps.json;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON mapper of the program. Input limits live here so every reader (CLI, MCP tool
 * arguments, files, HTTP bodies from CARTO) refuses hostile documents the same way.
 */
public final class Json {

  /** Largest JSON document we read, in characters (bundles, tool arguments, API answers). */
  public static final int MAX_DOCUMENT_CHARS = 8 * 1024 * 1024;

  /** Deepest nesting we accept; real bundles stay below 20. */
  public static final int MAX_DEPTH = 200;

  public static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_DEPTH)
                          .maxDocumentLength(MAX_DOCUMENT_CHARS)
                          .maxStringLength(MAX_DOCUMENT_CHARS)
                          .build())
                  .build())
          .build();

  private Json() {}

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** Parses JSON text; throws {@link tools.jackson.core.JacksonException} on malformed input. */
  public static JsonNode parse(String text) {
    return MAPPER.readTree(text);
  }

  /** Converts any value (record, map, list) to a tree. */
  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** Compact single-line JSON, the form results are returned in. */
  public static String compact(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /** Indented JSON for people. */
  public static String pretty(Object value) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  /** Text of a field, or null when missing or not textual. */
  public static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(field);
    return v != null && v.isString() ? v.asString() : null;
  }
}
