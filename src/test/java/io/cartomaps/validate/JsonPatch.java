package io.cartomaps.validate;

import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code add}, {@code replace} and {@code remove} operations of JSON Patch (RFC 6902), enough
 * for the validation corpus to describe a case as "the example bundle, changed like this".
 */
final class JsonPatch {

  private JsonPatch() {}

  /** Applies {@code ops} (an array of {op, path, value}) to {@code doc} in place. */
  static void apply(JsonNode doc, JsonNode ops) {
    for (JsonNode op : ops) {
      JsonPointer pointer = JsonPointer.compile(op.get("path").stringValue());
      JsonNode parent = doc.at(pointer.head());
      String name = op.get("op").stringValue();
      if (parent.isMissingNode()) {
        throw new IllegalArgumentException("Patch path has no parent: " + pointer);
      }
      String last = pointer.last().getMatchingProperty();
      switch (name) {
        case "add", "replace" -> set(parent, last, op.get("value"), name.equals("add"));
        case "remove" -> remove(parent, last);
        default -> throw new IllegalArgumentException("Unsupported patch op " + name);
      }
    }
  }

  private static void set(JsonNode parent, String key, JsonNode value, boolean insert) {
    if (parent instanceof ObjectNode o) {
      o.set(key, value.deepCopy());
    } else if (parent instanceof ArrayNode a) {
      if (key.equals("-")) {
        a.add(value.deepCopy());
      } else if (insert) {
        a.insert(Integer.parseInt(key), value.deepCopy());
      } else {
        a.set(Integer.parseInt(key), value.deepCopy());
      }
    } else {
      throw new IllegalArgumentException("Cannot patch into a scalar");
    }
  }

  private static void remove(JsonNode parent, String key) {
    if (parent instanceof ObjectNode o) {
      if (o.remove(key) == null) {
        throw new IllegalArgumentException("Nothing to remove at " + key);
      }
    } else if (parent instanceof ArrayNode a) {
      a.remove(Integer.parseInt(key));
    }
  }
}
