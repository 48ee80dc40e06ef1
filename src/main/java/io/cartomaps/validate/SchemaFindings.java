package io.cartomaps.validate;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import io.cartomaps.validate.finding.ClosestValue;
import io.cartomaps.validate.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Turns validator errors into findings an agent can act on: a stable code per keyword, a JSON
 * Pointer into the input, one plain sentence, and a concrete suggestion taken from the schema
 * itself (allowed values, nearest value, the field's description, or the nearest known property
 * name).
 *
 * <p>Several schema paths can reject the same value (a section and the refinement layered on it);
 * enum failures at one place are merged into one finding over the values both accept, and exact
 * repeats are dropped.
 */
final class SchemaFindings {

  private static final int MAX_VALUE_CHARS = 60;
  private static final int MAX_LISTED = 40;

  private final SchemaSections sections;
  private final String rootLabel;

  SchemaFindings(SchemaSections sections, String rootLabel) {
    this.sections = sections;
    this.rootLabel = rootLabel;
  }

  List<Finding> map(List<Error> errors, int limit) {
    Map<String, Finding> byKey = new LinkedHashMap<>();
    Map<String, List<String>> enumAllowed = new LinkedHashMap<>();
    for (Error e : errors) {
      Finding f = toFinding(e, enumAllowed);
      String key =
          f.code().equals("SCHEMA_ENUM")
              ? f.code() + " " + f.path()
              : f.code() + " " + f.path() + " " + f.message();
      byKey.put(key, f);
      if (byKey.size() > limit) {
        break;
      }
    }
    List<Finding> findings = new ArrayList<>(byKey.values());
    if (findings.size() > limit) {
      findings = new ArrayList<>(findings.subList(0, limit));
      findings.add(
          Finding.warning(
              "SCHEMA_TRUNCATED",
              "",
              "More schema problems were found than the " + limit + " shown.",
              "Fix the problems listed, then check again to see the rest."));
    }
    return findings;
  }

  private Finding toFinding(Error e, Map<String, List<String>> enumAllowed) {
    String path = pointer(e.getInstanceLocation());
    String name = label(e.getInstanceLocation());
    JsonNode value = e.getInstanceNode();
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    switch (keyword) {
      case "type":
        return Finding.error(
            "SCHEMA_TYPE",
            path,
            name + " must be " + expectedTypes(e.getSchemaNode()) + ", not " + typeOf(value) + ".",
            nearestDescription(e.getSchemaLocation()).orElse(null));
      case "enum":
        return enumFinding(e, path, name, value, enumAllowed);
      case "required":
        {
          String missing = e.getProperty();
          return Finding.error(
              "SCHEMA_REQUIRED",
              path,
              name + " is missing the required property '" + missing + "'.",
              propertyDescription(e.getSchemaLocation(), missing)
                  .map(d -> "Add '" + missing + "': " + d)
                  .orElse(null));
        }
      case "additionalProperties":
        {
          String unknown = e.getProperty();
          return Finding.error(
              "SCHEMA_UNKNOWN_FIELD",
              path + "/" + escape(unknown),
              "Unknown property '" + unknown + "' in " + name + ".",
              unknownFieldSuggestion(e.getSchemaLocation(), unknown));
        }
      case "not":
        if (e.getSchemaNode() != null
            && e.getSchemaNode().isObject()
            && e.getSchemaNode().isEmpty()) {
          return Finding.error(
              "SCHEMA_UNKNOWN_FIELD",
              path,
              "Property '" + name + "' is not accepted here.",
              nearestDescription(e.getSchemaLocation()).orElse("Remove it."));
        }
        return Finding.error(
            "SCHEMA_INVALID",
            path,
            name + " has a form that is not allowed here.",
            nearestDescription(e.getSchemaLocation()).orElse(null));
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
      case "multipleOf":
        return Finding.error(
            "SCHEMA_RANGE",
            path,
            name + " is " + show(value) + " but " + rangeRule(keyword, e.getSchemaNode()) + ".",
            nearestDescription(e.getSchemaLocation()).orElse(null));
      case "uniqueItems":
        return Finding.error(
            "SCHEMA_INVALID",
            path,
            name + " lists the same item more than once.",
            "Remove the duplicates.");
      case "minLength":
      case "maxLength":
      case "minItems":
      case "maxItems":
      case "minProperties":
      case "maxProperties":
        return Finding.error(
            "SCHEMA_LENGTH",
            path,
            name + " " + lengthRule(keyword, e.getSchemaNode(), value) + ".",
            nearestDescription(e.getSchemaLocation()).orElse(null));
      case "pattern":
        return Finding.error(
            "SCHEMA_PATTERN",
            path,
            name + " " + show(value) + " does not have the expected form.",
            nearestDescription(e.getSchemaLocation())
                .orElse("Match the pattern " + e.getSchemaNode().asString() + "."));
      case "format":
        return Finding.error(
            "SCHEMA_FORMAT",
            path,
            name + " " + show(value) + " is not a valid " + e.getSchemaNode().asString() + ".",
            nearestDescription(e.getSchemaLocation()).orElse(null));
      case "const":
        {
          JsonNode expected = e.getSchemaNode();
          return Finding.error(
              "SCHEMA_CONST",
              path,
              name + " must be " + show(expected) + ", not " + show(value) + ".",
              "Use " + show(expected) + ".");
        }
      default:
        return Finding.error(
            "SCHEMA_INVALID",
            path,
            name + ": " + e.getMessage() + ".",
            nearestDescription(e.getSchemaLocation()).orElse(null));
    }
  }

  private Finding enumFinding(
      Error e, String path, String name, JsonNode value, Map<String, List<String>> enumAllowed) {
    List<String> allowed = new ArrayList<>();
    e.getSchemaNode().forEach(v -> allowed.add(v.isString() ? v.asString() : v.toString()));
    List<String> earlier = enumAllowed.get(path);
    if (earlier != null) {
      allowed.retainAll(earlier);
    }
    enumAllowed.put(path, allowed);
    String listed = list(allowed);
    String text = value != null && value.isString() ? value.asString() : null;
    if (text != null) {
      Optional<String> modern = EnumHint.modernLayerType(text, allowed);
      if (modern.isPresent()) {
        return Finding.error(
            "SCHEMA_ENUM",
            path,
            "Layer type '"
                + text
                + "' is a legacy document-mode type that Builder no longer accepts.",
            "Use type '" + modern.get() + "' (allowed: " + listed + ").");
      }
      Optional<String> meant = EnumHint.likelyMeant(text, allowed);
      if (meant.isPresent()) {
        return Finding.error(
            "SCHEMA_ENUM",
            path,
            name + " " + show(value) + " is not an allowed value.",
            "Use '" + meant.get() + "' (allowed: " + listed + ").");
      }
    }
    return Finding.error(
        "SCHEMA_ENUM",
        path,
        name + " " + show(value) + " is not an allowed value.",
        "Use one of: " + listed + ".");
  }

  private String unknownFieldSuggestion(SchemaLocation location, String unknown) {
    JsonNode owner = ownerSchema(location);
    JsonNode properties = owner == null ? null : owner.get("properties");
    if (properties == null || !properties.isObject()) {
      return "Remove it.";
    }
    List<String> known = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : properties.properties()) {
      if (!p.getValue().path("readOnly").asBoolean(false)) {
        known.add(p.getKey());
      }
    }
    Optional<String> meant = ClosestValue.among(unknown, known);
    if (meant.isPresent()) {
      return "Did you mean '" + meant.get() + "'? Otherwise remove it.";
    }
    return "Remove it; known properties: " + list(known) + ".";
  }

  /**
   * The description of {@code property} in the schema that owns a keyword, looking outwards past
   * if/then/allOf.
   */
  private Optional<String> propertyDescription(SchemaLocation location, String property) {
    JsonNode root = sectionNode(location);
    if (root == null || property == null) {
      return Optional.empty();
    }
    List<Object> steps = steps(location.getFragment());
    return propertyDescription(root, steps.subList(0, Math.max(0, steps.size() - 1)), property);
  }

  private static Optional<String> propertyDescription(
      JsonNode root, List<Object> from, String property) {
    for (int end = from.size(); end >= 0; end--) {
      JsonNode node = at(root, from.subList(0, end));
      JsonNode described =
          node == null ? null : node.path("properties").path(property).get("description");
      if (described != null && described.isString()) {
        return Optional.of(described.asString());
      }
    }
    return Optional.empty();
  }

  /**
   * The closest {@code description} at or above the schema that owns a keyword, up to the section
   * itself; a property refined inside if/then borrows the description of the property it refines.
   */
  private Optional<String> nearestDescription(SchemaLocation location) {
    JsonNode root = sectionNode(location);
    if (root == null) {
      return Optional.empty();
    }
    List<Object> steps = steps(location.getFragment());
    for (int end = steps.size() - 1; end >= 0; end--) {
      JsonNode node = at(root, steps.subList(0, end));
      JsonNode described = node == null ? null : node.get("description");
      if (described != null && described.isString()) {
        return Optional.of(described.asString());
      }
      if (end >= 2 && "properties".equals(steps.get(end - 2))) {
        Optional<String> refined =
            propertyDescription(
                root, steps.subList(0, end - 2), String.valueOf(steps.get(end - 1)));
        if (refined.isPresent()) {
          return refined;
        }
      }
    }
    return Optional.empty();
  }

  private JsonNode ownerSchema(SchemaLocation location) {
    JsonNode root = sectionNode(location);
    if (root == null) {
      return null;
    }
    List<Object> steps = steps(location.getFragment());
    return steps.isEmpty() ? root : at(root, steps.subList(0, steps.size() - 1));
  }

  private JsonNode sectionNode(SchemaLocation location) {
    if (location == null || location.getAbsoluteIri() == null) {
      return null;
    }
    String iri = location.getAbsoluteIri().toString();
    return iri.startsWith(SchemaSections.ID_BASE)
        ? sections.node(iri.substring(SchemaSections.ID_BASE.length()))
        : null;
  }

  private static List<Object> steps(NodePath path) {
    List<Object> steps = new ArrayList<>();
    if (path != null) {
      for (int i = 0; i < path.getNameCount(); i++) {
        steps.add(path.getElement(i));
      }
    }
    return steps;
  }

  private static JsonNode at(JsonNode root, List<Object> steps) {
    JsonNode node = root;
    for (Object step : steps) {
      if (node == null) {
        return null;
      }
      node = step instanceof Integer i ? node.get(i) : node.get(String.valueOf(step));
    }
    return node;
  }

  /** RFC 6901 pointer of an instance location. */
  static String pointer(NodePath path) {
    StringBuilder b = new StringBuilder();
    for (Object step : steps(path)) {
      b.append('/').append(escape(String.valueOf(step)));
    }
    return b.toString();
  }

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * A short name for the place: the property name, {@code layers[0]} for an item, the section for
   * the root.
   */
  private String label(NodePath path) {
    List<Object> steps = steps(path);
    if (steps.isEmpty()) {
      return rootLabel;
    }
    Object last = steps.get(steps.size() - 1);
    if (last instanceof Integer i) {
      String parent = steps.size() > 1 ? String.valueOf(steps.get(steps.size() - 2)) : rootLabel;
      return parent + "[" + i + "]";
    }
    return String.valueOf(last);
  }

  private static String expectedTypes(JsonNode type) {
    if (type == null) {
      return "of another type";
    }
    if (type.isString()) {
      return article(type.asString());
    }
    List<String> names = new ArrayList<>();
    type.forEach(t -> names.add(article(t.asString())));
    return String.join(" or ", names);
  }

  private static String article(String type) {
    return switch (type) {
      case "object", "array", "integer" -> "an " + type;
      case "null" -> "null";
      default -> "a " + type;
    };
  }

  private static String typeOf(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "null";
    }
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "an array";
    }
    if (value.isString()) {
      return "a string";
    }
    if (value.isBoolean()) {
      return "a boolean";
    }
    return value.isIntegralNumber() ? "an integer" : "a number";
  }

  private static String rangeRule(String keyword, JsonNode limit) {
    String n = limit == null ? "?" : limit.toString();
    return switch (keyword) {
      case "minimum" -> "the minimum is " + n;
      case "maximum" -> "the maximum is " + n;
      case "exclusiveMinimum" -> "it must be greater than " + n;
      case "exclusiveMaximum" -> "it must be less than " + n;
      default -> "it must be a multiple of " + n;
    };
  }

  private static String lengthRule(String keyword, JsonNode limit, JsonNode value) {
    String n = limit == null ? "?" : limit.toString();
    int size = value == null ? 0 : value.isString() ? value.asString().length() : value.size();
    return switch (keyword) {
      case "minLength" -> "must have at least " + n + " characters, has " + size;
      case "maxLength" -> "must have at most " + n + " characters, has " + size;
      case "minItems" -> "must have at least " + n + " items, has " + size;
      case "maxItems" -> "must have at most " + n + " items, has " + size;
      case "minProperties" -> "must have at least " + n + " properties, has " + size;
      default -> "must have at most " + n + " properties, has " + size;
    };
  }

  /** A value as it may appear in a message: strings quoted and shortened, containers only named. */
  private static String show(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "missing";
    }
    if (value.isString()) {
      String s = value.asString();
      return "'" + (s.length() > MAX_VALUE_CHARS ? s.substring(0, MAX_VALUE_CHARS) + "…" : s) + "'";
    }
    if (value.isContainer()) {
      return typeOf(value);
    }
    return value.toString();
  }

  private static String list(List<String> values) {
    if (values.size() <= MAX_LISTED) {
      return String.join(", ", values);
    }
    return String.join(", ", values.subList(0, MAX_LISTED)) + ", …";
  }
}
