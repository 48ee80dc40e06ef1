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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A faster stand-in, in the compiled copy of the sections only, for the {@code allOf} lists that
 * pick a sub-schema by a property's value: {@code [{"if": {"properties": {"type": {"enum":
 * ["h3"]}}, "required": ["type"]}, "then": …}, …]} (layers, widgets, SQL parameters, layer-grouping
 * entries).
 *
 * <p>Evaluated literally, every item runs every {@code if}, and each failing one builds an error
 * object that is then thrown away. This keyword reads the property once and applies only the {@code
 * then} branches whose {@code if} holds, in list order, each compiled at its original location
 * ({@code …/allOf/<i>/then}) so the errors, their order and their schema locations are exactly what
 * {@code allOf} would report. As in the schema, an instance that is not an object satisfies every
 * {@code if}.
 */
final class TypeDispatch implements Keyword {

  /** The keyword's name in the compiled copy. */
  static final String NAME = "x-cartomaps-typeDispatch";

  static final TypeDispatch INSTANCE = new TypeDispatch();

  private TypeDispatch() {}

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
   * Renames, in place and in the same position, every {@code allOf} whose entries all dispatch on
   * one property's string values; any other {@code allOf} is left as it is.
   */
  static void rewrite(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.values().forEach(TypeDispatch::rewrite);
      if (dispatchProperty(object.get("allOf")) != null) {
        ObjectNode renamed = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
          renamed.set(e.getKey().equals("allOf") ? NAME : e.getKey(), e.getValue());
        }
        object.removeAll();
        object.setAll(renamed);
      }
    } else if (node instanceof ArrayNode array) {
      array.values().forEach(TypeDispatch::rewrite);
    }
  }

  /** The property an {@code allOf} dispatches on, or null when it is not such a list. */
  private static String dispatchProperty(JsonNode allOf) {
    if (!(allOf instanceof ArrayNode entries) || entries.isEmpty()) {
      return null;
    }
    String property = null;
    for (JsonNode entry : entries) {
      String p = caseProperty(entry);
      if (p == null || (property != null && !property.equals(p))) {
        return null;
      }
      property = p;
    }
    return property;
  }

  /**
   * For {@code {"if": {"properties": {P: {"enum": [strings]}}, "required": [P]}, "then": …}}, P;
   * else null.
   */
  private static String caseProperty(JsonNode entry) {
    if (!entry.isObject()
        || entry.size() != 2
        || !entry.has("then")
        || !entry.path("if").isObject()) {
      return null;
    }
    JsonNode condition = entry.get("if");
    JsonNode properties = condition.path("properties");
    JsonNode required = condition.path("required");
    if (condition.size() != 2
        || properties.size() != 1
        || !required.isArray()
        || required.size() != 1) {
      return null;
    }
    String property = properties.propertyNames().iterator().next();
    JsonNode test = properties.get(property);
    if (!required.get(0).isString()
        || !property.equals(required.get(0).asString())
        || test.size() != 1
        || !test.path("enum").isArray()
        || test.get("enum").isEmpty()) {
      return null;
    }
    for (JsonNode value : test.get("enum")) {
      if (!value.isString()) {
        return null;
      }
    }
    return property;
  }

  private record Case(Set<String> values, Schema then) {}

  private static final class Validator extends AbstractKeywordValidator {
    private final String property;
    private final List<Case> cases;

    Validator(SchemaLocation location, JsonNode schemaNode, Schema parent, SchemaContext context) {
      super(NAME, schemaNode, location);
      this.property = dispatchProperty(schemaNode);
      this.cases = new ArrayList<>();
      SchemaLocation allOf = parent.getSchemaLocation().append("allOf");
      for (int i = 0; i < schemaNode.size(); i++) {
        JsonNode entry = schemaNode.get(i);
        Set<String> values = new HashSet<>();
        entry
            .get("if")
            .get("properties")
            .get(property)
            .get("enum")
            .forEach(v -> values.add(v.asString()));
        cases.add(
            new Case(
                values,
                context.newSchema(allOf.append(i).append("then"), entry.get("then"), parent)));
      }
    }

    @Override
    public void validate(
        ExecutionContext context, JsonNode node, JsonNode rootNode, NodePath instanceLocation) {
      JsonNode value = node.isObject() ? node.get(property) : null;
      String text = value != null && value.isString() ? value.asString() : null;
      for (Case c : cases) {
        if (!node.isObject() || (text != null && c.values().contains(text))) {
          c.then().validate(context, node, rootNode, instanceLocation);
        }
      }
    }

    @Override
    public void preloadSchema() {
      cases.forEach(c -> c.then().initializeValidators());
    }
  }
}
