package io.cartomaps.validate;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.AbstractKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One keyword, in the compiled copy of the sections only, for a schema made only of plain value
 * checks such as {@code {"type": "number", "minimum": 0, "maximum": 1}}.
 *
 * <p>The library's cost is mostly per keyword visited, not per check; these small schemas sit under
 * most leaves of a bundle. This keyword answers "surely valid" in one step; for anything else (a
 * failing or unusual value) it runs the library's own keywords, compiled from the same schema at
 * the same location, so the errors and their locations are exactly the library's.
 */
final class LeafCheck implements Keyword {

  static final String NAME = "x-cartomaps-leaf";

  static final LeafCheck INSTANCE = new LeafCheck();

  private static final Set<String> PLAIN =
      Set.of(
          "type",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "minLength",
          "maxLength",
          "minItems",
          "maxItems",
          "enum",
          "readOnly");

  /** Keywords whose value is a schema, and those whose value is a list or map of schemas. */
  private static final Set<String> SCHEMA =
      Set.of(
          "items",
          "not",
          "if",
          "then",
          "else",
          "additionalProperties",
          "contains",
          "propertyNames",
          "unevaluatedProperties",
          "unevaluatedItems");

  private static final Set<String> SCHEMA_LIST =
      Set.of("allOf", "anyOf", "oneOf", "prefixItems", TypeDispatch.NAME);
  private static final Set<String> SCHEMA_MAP =
      Set.of("properties", "$defs", "patternProperties", "dependentSchemas");

  private LeafCheck() {}

  @Override
  public String getValue() {
    return NAME;
  }

  @Override
  public KeywordValidator newValidator(
      SchemaLocation location, JsonNode schemaNode, Schema parent, SchemaContext context) {
    return new Validator(location, schemaNode, parent, context);
  }

  /**
   * Wraps, in place, every schema of two or more plain checks that this keyword can answer quickly.
   */
  static void rewrite(JsonNode schema) {
    if (!(schema instanceof ObjectNode object)) {
      return;
    }
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      JsonNode value = e.getValue();
      if (SCHEMA.contains(e.getKey())) {
        rewrite(value);
      } else if (SCHEMA_LIST.contains(e.getKey()) && value.isArray()) {
        value.forEach(LeafCheck::rewrite);
      } else if (e.getKey().equals(QuickIf.NAME)) {
        rewrite(value.get("then"));
        rewrite(value.get("else"));
      } else if (SCHEMA_MAP.contains(e.getKey()) && value.isObject()) {
        value.values().forEach(LeafCheck::rewrite);
      }
    }
    if (object.size() >= 2 && eligible(object)) {
      ObjectNode plain = object.deepCopy();
      object.removeAll();
      object.set(NAME, plain);
    }
  }

  private static boolean eligible(ObjectNode object) {
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      if (!PLAIN.contains(e.getKey()) || e.getValue().isObject()) {
        return false;
      }
    }
    JsonNode allowed = object.get("enum");
    if (allowed != null) {
      for (JsonNode v : allowed) {
        if (!v.isString()) {
          return false;
        }
      }
    }
    return quickTest(object) != null;
  }

  /**
   * A test that is true only for values that surely pass every check, or null when one check is not
   * understood.
   */
  private static Predicate<JsonNode> quickTest(JsonNode checks) {
    List<Predicate<JsonNode>> all = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : checks.properties()) {
      Predicate<JsonNode> test = quickTest(e.getKey(), e.getValue());
      if (test == null) {
        return null;
      }
      all.add(test);
    }
    return node -> {
      for (Predicate<JsonNode> t : all) {
        if (!t.test(node)) {
          return false;
        }
      }
      return true;
    };
  }

  private static Predicate<JsonNode> quickTest(String keyword, JsonNode limit) {
    return switch (keyword) {
      case "type" -> typeTest(limit);
      case "minimum" ->
          limit.isNumber()
              ? n -> !n.isNumber() || exact(n) && n.doubleValue() >= limit.doubleValue()
              : null;
      case "maximum" ->
          limit.isNumber()
              ? n -> !n.isNumber() || exact(n) && n.doubleValue() <= limit.doubleValue()
              : null;
      case "exclusiveMinimum" ->
          limit.isNumber()
              ? n -> !n.isNumber() || exact(n) && n.doubleValue() > limit.doubleValue()
              : null;
      case "exclusiveMaximum" ->
          limit.isNumber()
              ? n -> !n.isNumber() || exact(n) && n.doubleValue() < limit.doubleValue()
              : null;
      case "minLength" ->
          limit.isIntegralNumber() ? n -> !n.isString() || codePoints(n) >= limit.intValue() : null;
      case "maxLength" ->
          limit.isIntegralNumber() ? n -> !n.isString() || codePoints(n) <= limit.intValue() : null;
      case "minItems" ->
          limit.isIntegralNumber() ? n -> !n.isArray() || n.size() >= limit.intValue() : null;
      case "maxItems" ->
          limit.isIntegralNumber() ? n -> !n.isArray() || n.size() <= limit.intValue() : null;
      case "enum" -> {
        Set<String> values = new HashSet<>();
        limit.forEach(v -> values.add(v.asString()));
        yield n -> n.isString() && values.contains(n.asString());
      }
      case "readOnly" ->
          limit.isBoolean() ? n -> true : null; // an annotation; checked only on request
      default -> null;
    };
  }

  private static Predicate<JsonNode> typeTest(JsonNode type) {
    List<Predicate<JsonNode>> any = new ArrayList<>();
    if (type.isString()) {
      any.add(surely(type.asString()));
    } else if (type.isArray()) {
      type.forEach(t -> any.add(t.isString() ? surely(t.asString()) : null));
    }
    if (any.isEmpty() || any.contains(null)) {
      return null;
    }
    return n -> {
      for (Predicate<JsonNode> p : any) {
        if (p.test(n)) {
          return true;
        }
      }
      return false;
    };
  }

  /** What surely has the named JSON type; null for a name left to the library. */
  private static Predicate<JsonNode> surely(String type) {
    return switch (type) {
      case "object" -> JsonNode::isObject;
      case "array" -> JsonNode::isArray;
      case "string" -> JsonNode::isString;
      case "boolean" -> JsonNode::isBoolean;
      case "null" -> JsonNode::isNull;
      case "number" -> JsonNode::isNumber;
      case "integer" -> JsonNode::isIntegralNumber;
      default -> null;
    };
  }

  /** Numbers a double compares exactly: ints, and finite doubles. */
  private static boolean exact(JsonNode n) {
    return n.isInt() || (n.isDouble() && Double.isFinite(n.doubleValue()));
  }

  private static int codePoints(JsonNode n) {
    String s = n.asString();
    return s.codePointCount(0, s.length());
  }

  private static final class Validator extends AbstractKeywordValidator {
    private final Predicate<JsonNode> surelyValid;
    private final Schema checks;

    Validator(SchemaLocation location, JsonNode schemaNode, Schema parent, SchemaContext context) {
      super(NAME, schemaNode, location);
      Predicate<JsonNode> test = quickTest(schemaNode);
      this.surelyValid = test == null ? n -> false : test;
      // The same checks at the location they have in the section, so findings read the right
      // descriptions.
      this.checks = context.newSchema(parent.getSchemaLocation(), schemaNode, parent);
    }

    @Override
    public void validate(
        ExecutionContext context, JsonNode node, JsonNode rootNode, NodePath instanceLocation) {
      if (!surelyValid.test(node)) {
        checks.validate(context, node, rootNode, instanceLocation);
      }
    }

    @Override
    public void preloadSchema() {
      checks.initializeValidators();
    }
  }
}
