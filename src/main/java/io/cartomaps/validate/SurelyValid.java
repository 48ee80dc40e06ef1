package io.cartomaps.validate;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A quick answer to "does this value surely pass the section?", compiled from the same schema files
 * into plain Java tests, so that {@link SchemaCheck} can skip the library's keyword-by-keyword walk
 * on the common, valid bundle.
 *
 * <p>Every test answers {@link #VALID}, {@link #INVALID} or {@link #UNKNOWN}, and says VALID or
 * INVALID only when the library would surely agree; a keyword it does not understand, or a value
 * whose outcome depends on a library detail (a number at a bound, {@code 1.0} for an integer),
 * makes the answer UNKNOWN. A section is skipped only on VALID, so whatever is not certain is
 * checked by the library exactly as before and the findings cannot change. The three answers let
 * {@code not} and {@code if}/{@code then}/{@code else} be decided too.
 */
final class SurelyValid {

  static final int VALID = 1;
  static final int INVALID = 0;
  static final int UNKNOWN = -1;

  /** One compiled schema: the outcome for an instance. */
  @FunctionalInterface
  interface Test {
    int apply(JsonNode instance);
  }

  private static final Test ALWAYS = n -> VALID;
  private static final Test NEVER = n -> INVALID;
  private static final Test UNSURE = n -> UNKNOWN;

  /** Keywords that never fail a value (annotations, and definitions applied only through $ref). */
  private static final Set<String> NO_ASSERTION =
      Set.of(
          "description",
          "title",
          "$comment",
          "examples",
          "default",
          "readOnly",
          "writeOnly",
          "deprecated",
          "$defs");

  private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

  private final Map<URI, JsonNode> documents;
  private final Function<String, Predicate<String>> regex;
  private final Predicate<String> date;
  private final Map<JsonNode, Test> compiled = new IdentityHashMap<>();

  /**
   * Compiles lazily against the given documents (by {@code $id}), using the library's own regular
   * expressions and {@code date} format so that a pattern or a date is judged as the library does.
   */
  SurelyValid(
      Map<URI, JsonNode> documents,
      Function<String, Predicate<String>> regex,
      Predicate<String> date) {
    this.documents = documents;
    this.regex = regex;
    this.date = date;
  }

  /** The test for a whole document, compiled once; UNKNOWN for everything if it cannot be found. */
  synchronized Test document(URI id) {
    JsonNode root = documents.get(id);
    return root == null ? UNSURE : compile(root, id, true);
  }

  private Test compile(JsonNode schema, URI base, boolean documentRoot) {
    Test done = compiled.get(schema);
    if (done != null) {
      return done;
    }
    // A forward reference, so recursive $refs compile to the same test.
    Test[] target = new Test[1];
    compiled.put(schema, n -> target[0].apply(n));
    target[0] = compileNew(schema, base, documentRoot);
    compiled.put(schema, target[0]);
    return target[0];
  }

  private Test compileNew(JsonNode schema, URI base, boolean documentRoot) {
    if (schema.isBoolean()) {
      return schema.booleanValue() ? ALWAYS : NEVER;
    }
    if (!(schema instanceof ObjectNode object)) {
      return UNSURE;
    }
    List<Test> all = new ArrayList<>();
    boolean objectShapeDone = false;
    for (Map.Entry<String, JsonNode> e : object.properties()) {
      String keyword = e.getKey();
      JsonNode value = e.getValue();
      if (NO_ASSERTION.contains(keyword)) {
        continue;
      }
      Test test =
          switch (keyword) {
            case "$schema" ->
                documentRoot && DRAFT_2020_12.equals(value.asString("")) ? ALWAYS : null;
            case "$id" -> documentRoot ? ALWAYS : null;
            case "type" -> type(value);
            case "enum" -> value.isArray() ? oneOf(value) : null;
            case "const" -> oneOf(List.of(value));
            case "required", "properties", "additionalProperties" -> {
              if (objectShapeDone) {
                yield ALWAYS;
              }
              objectShapeDone = true;
              yield objectShape(object, base);
            }
            case "items" -> object.has("prefixItems") ? null : items(value, base);
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" ->
                bound(keyword, value);
            case "minLength", "maxLength" -> length(keyword, value);
            case "minItems", "maxItems" -> size(keyword, value);
            case "pattern" -> value.isString() ? pattern(regex.apply(value.asString())) : null;
            case "format" -> "date".equals(value.asString("")) ? format(date) : null;
            case "uniqueItems" -> value.isBoolean() ? uniqueItems(value.booleanValue()) : null;
            case "allOf" -> allOf(value, base);
            case "not" -> not(compile(value, base, false));
            case "if" -> condition(object, base);
            case "then", "else" -> ALWAYS; // applied by "if"; alone they do nothing
            case "$ref" -> value.isString() ? ref(value.asString(), base) : null;
            default -> null;
          };
      if (test == null) {
        return UNSURE;
      }
      if (test != ALWAYS) {
        all.add(test);
      }
    }
    return all(all);
  }

  /** VALID when every test is; INVALID as soon as one is; otherwise UNKNOWN. */
  private static Test all(List<Test> tests) {
    if (tests.isEmpty()) {
      return ALWAYS;
    }
    if (tests.size() == 1) {
      return tests.get(0);
    }
    Test[] array = tests.toArray(Test[]::new);
    return n -> {
      int outcome = VALID;
      for (Test t : array) {
        int r = t.apply(n);
        if (r == INVALID) {
          return INVALID;
        }
        if (r == UNKNOWN) {
          outcome = UNKNOWN;
        }
      }
      return outcome;
    };
  }

  static Test type(JsonNode type) {
    List<String> names = new ArrayList<>();
    if (type.isString()) {
      names.add(type.asString());
    } else if (type.isArray()) {
      for (JsonNode t : type) {
        if (!t.isString()) {
          return null;
        }
        names.add(t.asString());
      }
    }
    if (names.isEmpty()) {
      return null;
    }
    for (String name : names) {
      if (!Set.of("object", "array", "string", "boolean", "null", "number", "integer")
          .contains(name)) {
        return null;
      }
    }
    String[] allowed = names.toArray(String[]::new);
    return n -> {
      int outcome = INVALID;
      for (String name : allowed) {
        int r = hasType(n, name);
        if (r == VALID) {
          return VALID;
        }
        if (r == UNKNOWN) {
          outcome = UNKNOWN;
        }
      }
      return outcome;
    };
  }

  private static int hasType(JsonNode n, String type) {
    boolean is =
        switch (type) {
          case "object" -> n.isObject();
          case "array" -> n.isArray();
          case "string" -> n.isString();
          case "boolean" -> n.isBoolean();
          case "null" -> n.isNull();
          case "number" -> n.isNumber();
          default -> n.isIntegralNumber();
        };
    if (is) {
      return VALID;
    }
    // A number such as 1.0 may count as an integer; leave that to the library.
    return type.equals("integer") && n.isNumber() ? UNKNOWN : INVALID;
  }

  /** enum / const: equal to a listed value is VALID; a plain scalar equal to none is INVALID. */
  static Test oneOf(Iterable<JsonNode> values) {
    List<JsonNode> list = new ArrayList<>();
    boolean anyNumber = false;
    for (JsonNode v : values) {
      list.add(v);
      anyNumber |= v.isNumber() || v.isContainer();
    }
    Set<JsonNode> set = new HashSet<>(list);
    boolean scalarsOnly = !anyNumber;
    return n -> {
      if (set.contains(n)) {
        return VALID;
      }
      return scalarsOnly && (n.isString() || n.isBoolean() || n.isNull()) ? INVALID : UNKNOWN;
    };
  }

  /**
   * required, properties and additionalProperties in one pass over the value's own fields, so a
   * schema that declares many properties costs what the value sets, not what the schema lists.
   */
  private Test objectShape(ObjectNode schema, URI base) {
    if (schema.has("patternProperties")) {
      return null;
    }
    JsonNode declared = schema.path("properties");
    JsonNode required = schema.path("required");
    if ((schema.has("properties") && !declared.isObject())
        || (schema.has("required") && !required.isArray())) {
      return null;
    }
    JsonNode additional = schema.get("additionalProperties");
    Test others = additional == null ? ALWAYS : compile(additional, base, false);
    Map<String, Slot> slots = new HashMap<>();
    for (Map.Entry<String, JsonNode> p : declared.properties()) {
      slots.put(p.getKey(), new Slot(compile(p.getValue(), base, false), false));
    }
    Set<String> requiredNames = new HashSet<>();
    for (JsonNode name : required) {
      if (!name.isString()) {
        return null;
      }
      requiredNames.add(name.asString());
    }
    for (String name : requiredNames) {
      Slot slot = slots.get(name);
      slots.put(name, new Slot(slot == null ? others : slot.test(), true));
    }
    int requiredCount = requiredNames.size();
    return n -> {
      if (!n.isObject()) {
        return VALID;
      }
      int outcome = VALID;
      int found = 0;
      for (Map.Entry<String, JsonNode> field : n.properties()) {
        Slot slot = slots.get(field.getKey());
        Test t;
        if (slot == null) {
          t = others;
        } else {
          t = slot.test();
          if (slot.required()) {
            found++;
          }
        }
        int r = t.apply(field.getValue());
        if (r == INVALID) {
          return INVALID;
        }
        if (r == UNKNOWN) {
          outcome = UNKNOWN;
        }
      }
      return found < requiredCount ? INVALID : outcome;
    };
  }

  /** A property's test, and whether the property is required. */
  private record Slot(Test test, boolean required) {}

  private Test items(JsonNode schema, URI base) {
    if (!schema.isObject() && !schema.isBoolean()) {
      return null;
    }
    Test each = compile(schema, base, false);
    return n -> {
      if (!n.isArray()) {
        return VALID;
      }
      int outcome = VALID;
      for (JsonNode item : n) {
        int r = each.apply(item);
        if (r == INVALID) {
          return INVALID;
        }
        if (r == UNKNOWN) {
          outcome = UNKNOWN;
        }
      }
      return outcome;
    };
  }

  /**
   * A numeric bound, VALID only for numbers a double compares exactly (ints, finite doubles); the
   * library's handling of other numbers, and of failing ones, is left to it.
   */
  static Test bound(String keyword, JsonNode limit) {
    if (!limit.isNumber()) {
      return null;
    }
    double l = limit.doubleValue();
    return n -> {
      if (!n.isNumber()) {
        return VALID;
      }
      if (!(n.isInt() || (n.isDouble() && Double.isFinite(n.doubleValue())))) {
        return UNKNOWN;
      }
      double v = n.doubleValue();
      boolean holds =
          switch (keyword) {
            case "minimum" -> v >= l;
            case "maximum" -> v <= l;
            case "exclusiveMinimum" -> v > l;
            default -> v < l;
          };
      return holds ? VALID : UNKNOWN;
    };
  }

  static Test length(String keyword, JsonNode limit) {
    if (!limit.isIntegralNumber()) {
      return null;
    }
    int l = limit.intValue();
    boolean min = keyword.equals("minLength");
    return n -> {
      if (!n.isString()) {
        return VALID;
      }
      String s = n.asString();
      int length = s.codePointCount(0, s.length());
      return (min ? length >= l : length <= l) ? VALID : UNKNOWN;
    };
  }

  static Test size(String keyword, JsonNode limit) {
    if (!limit.isIntegralNumber()) {
      return null;
    }
    int l = limit.intValue();
    boolean min = keyword.equals("minItems");
    return n -> {
      if (!n.isArray()) {
        return VALID;
      }
      return (min ? n.size() >= l : n.size() <= l) ? VALID : UNKNOWN;
    };
  }

  static Test pattern(Predicate<String> matches) {
    return n -> !n.isString() || matches.test(n.asString()) ? VALID : UNKNOWN;
  }

  static Test format(Predicate<String> matches) {
    return n -> n.isString() && matches.test(n.asString()) ? VALID : UNKNOWN;
  }

  /**
   * Distinct strings, booleans and nulls are surely unique; anything else is left to the library.
   */
  static Test uniqueItems(boolean unique) {
    if (!unique) {
      return ALWAYS;
    }
    return n -> {
      if (!n.isArray()) {
        return VALID;
      }
      Set<JsonNode> seen = new HashSet<>();
      for (JsonNode item : n) {
        if (!(item.isString() || item.isBoolean() || item.isNull()) || !seen.add(item)) {
          return UNKNOWN;
        }
      }
      return VALID;
    };
  }

  private Test allOf(JsonNode schemas, URI base) {
    if (!schemas.isArray() || schemas.isEmpty()) {
      return null;
    }
    List<Test> tests = new ArrayList<>();
    for (JsonNode s : schemas) {
      tests.add(compile(s, base, false));
    }
    return all(tests);
  }

  static Test not(Test inner) {
    return n -> {
      int r = inner.apply(n);
      return r == UNKNOWN ? UNKNOWN : 1 - r;
    };
  }

  private Test condition(ObjectNode schema, URI base) {
    Test test = compile(schema.get("if"), base, false);
    Test then = schema.has("then") ? compile(schema.get("then"), base, false) : ALWAYS;
    Test otherwise = schema.has("else") ? compile(schema.get("else"), base, false) : ALWAYS;
    return n ->
        switch (test.apply(n)) {
          case VALID -> then.apply(n);
          case INVALID -> otherwise.apply(n);
          default -> UNKNOWN;
        };
  }

  /** A $ref to a JSON pointer in one of the documents; anchors and escapes are left uncertain. */
  private Test ref(String reference, URI base) {
    int hash = reference.indexOf('#');
    String document = hash < 0 ? reference : reference.substring(0, hash);
    String pointer = hash < 0 ? "" : reference.substring(hash + 1);
    if (pointer.contains("%") || (!pointer.isEmpty() && !pointer.startsWith("/"))) {
      return null;
    }
    URI id;
    try {
      id = document.isEmpty() ? base : base.resolve(document);
    } catch (IllegalArgumentException e) {
      return null;
    }
    JsonNode root = documents.get(id);
    if (root == null) {
      return null;
    }
    JsonNode target = pointer.isEmpty() ? root : root.at(pointer);
    if (target.isMissingNode()) {
      return null;
    }
    return compile(target, id, target == root);
  }
}
