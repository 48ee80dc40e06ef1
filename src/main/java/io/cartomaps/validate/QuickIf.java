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
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code if}/{@code then}/{@code else}, in the compiled copy of the sections only, for conditions
 * simple enough to decide in plain code: {@code required}, {@code not}, {@code type} (not numeric)
 * and {@code properties} whose values are string or boolean {@code enum}/{@code const} tests, e.g.
 * {@code {"not": {"required": ["id"]}}}.
 *
 * <p>The library evaluates a condition as a schema, building an error object for every condition
 * that does not hold (most datasets have an {@code id}, most layers no custom markers) and then
 * discarding it. Here the condition is a predicate; {@code then} and {@code else} are compiled at
 * their original locations, so what they report is exactly what the library reports.
 */
final class QuickIf implements Keyword {

  static final String NAME = "x-cartomaps-if";

  static final QuickIf INSTANCE = new QuickIf();

  private QuickIf() {}

  @Override
  public String getValue() {
    return NAME;
  }

  @Override
  public KeywordValidator newValidator(
      SchemaLocation location, JsonNode schemaNode, Schema parent, SchemaContext context) {
    return new Validator(schemaNode, location, parent, context);
  }

  /**
   * Replaces, in place, each {@code if} with a condition this class decides by {@code {NAME: {"if",
   * "then", "else"}}} at the position of {@code if}.
   */
  static void rewrite(JsonNode node) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        if (e.getKey().equals(TypeDispatch.NAME)) {
          e.getValue()
              .forEach(
                  c -> rewrite(c.get("then"))); // the cases' own conditions stay for TypeDispatch
        } else {
          rewrite(e.getValue());
        }
      }
      if (object.has("if") && condition(object.get("if")) != null) {
        ObjectNode branches = JsonNodeFactory.instance.objectNode();
        for (String keyword : List.of("if", "then", "else")) {
          if (object.has(keyword)) {
            branches.set(keyword, object.get(keyword));
          }
        }
        ObjectNode renamed = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
          if (e.getKey().equals("if")) {
            renamed.set(NAME, branches);
          } else if (!e.getKey().equals("then") && !e.getKey().equals("else")) {
            renamed.set(e.getKey(), e.getValue());
          }
        }
        object.removeAll();
        object.setAll(renamed);
      }
    } else if (node != null && node.isArray()) {
      node.values().forEach(QuickIf::rewrite);
    }
  }

  /**
   * The condition as a predicate with the schema's exact outcome, or null when it has a form not
   * handled here.
   */
  static Predicate<JsonNode> condition(JsonNode schema) {
    if (!schema.isObject() || schema.isEmpty()) {
      return null;
    }
    List<Predicate<JsonNode>> all = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      Predicate<JsonNode> test =
          switch (e.getKey()) {
            case "required" -> required(e.getValue());
            case "not" -> {
              Predicate<JsonNode> inner = condition(e.getValue());
              yield inner == null ? null : inner.negate();
            }
            case "type" -> type(e.getValue());
            case "properties" -> properties(e.getValue());
            default -> null;
          };
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

  private static Predicate<JsonNode> required(JsonNode names) {
    if (!names.isArray()) {
      return null;
    }
    List<String> required = new ArrayList<>();
    for (JsonNode n : names) {
      if (!n.isString()) {
        return null;
      }
      required.add(n.asString());
    }
    return node -> {
      if (!node.isObject()) {
        return true;
      }
      for (String name : required) {
        if (!node.has(name)) {
          return false;
        }
      }
      return true;
    };
  }

  private static Predicate<JsonNode> type(JsonNode type) {
    if (!type.isString()) {
      return null;
    }
    return switch (type.asString()) {
      case "string" -> JsonNode::isString;
      case "object" -> JsonNode::isObject;
      case "array" -> JsonNode::isArray;
      case "boolean" -> JsonNode::isBoolean;
      case "null" -> JsonNode::isNull;
      default -> null; // numbers: the library's own rules (1.0 as an integer) decide
    };
  }

  private static Predicate<JsonNode> properties(JsonNode properties) {
    if (!properties.isObject()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    List<Predicate<JsonNode>> tests = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : properties.properties()) {
      Predicate<JsonNode> test = valueTest(p.getValue());
      if (test == null) {
        return null;
      }
      names.add(p.getKey());
      tests.add(test);
    }
    return node -> {
      if (!node.isObject()) {
        return true;
      }
      for (int i = 0; i < names.size(); i++) {
        JsonNode value = node.get(names.get(i));
        if (value != null && !tests.get(i).test(value)) {
          return false;
        }
      }
      return true;
    };
  }

  /**
   * {@code {"enum": [...]}} or {@code {"const": v}} over strings and booleans, compared as JSON
   * values.
   */
  private static Predicate<JsonNode> valueTest(JsonNode schema) {
    if (!schema.isObject() || schema.size() != 1) {
      return null;
    }
    JsonNode allowed =
        schema.has("enum")
            ? schema.get("enum")
            : schema.has("const")
                ? JsonNodeFactory.instance.arrayNode().add(schema.get("const"))
                : null;
    if (allowed == null || !allowed.isArray()) {
      return null;
    }
    List<JsonNode> values = new ArrayList<>();
    for (JsonNode v : allowed) {
      if (!v.isString() && !v.isBoolean()) {
        return null;
      }
      values.add(v);
    }
    return value -> (value.isString() || value.isBoolean()) && values.contains(value);
  }

  private static final class Validator extends AbstractKeywordValidator {
    private final Predicate<JsonNode> condition;
    private final Schema then;
    private final Schema otherwise;

    Validator(JsonNode schemaNode, SchemaLocation location, Schema parent, SchemaContext context) {
      super(NAME, schemaNode, location);
      this.condition = condition(schemaNode.get("if"));
      SchemaLocation at = parent.getSchemaLocation();
      this.then =
          schemaNode.has("then")
              ? context.newSchema(at.append("then"), schemaNode.get("then"), parent)
              : null;
      this.otherwise =
          schemaNode.has("else")
              ? context.newSchema(at.append("else"), schemaNode.get("else"), parent)
              : null;
    }

    @Override
    public void validate(
        ExecutionContext context, JsonNode node, JsonNode rootNode, NodePath instanceLocation) {
      Schema branch = condition.test(node) ? then : otherwise;
      if (branch != null) {
        branch.validate(context, node, rootNode, instanceLocation);
      }
    }

    @Override
    public void preloadSchema() {
      if (then != null) {
        then.initializeValidators();
      }
      if (otherwise != null) {
        otherwise.initializeValidators();
      }
    }
  }
}
