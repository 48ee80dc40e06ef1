package io.cartomaps.validate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.DateFormat;
import com.networknt.schema.path.PathType;
import com.networknt.schema.regex.RegularExpression;
import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.Finding;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tier-1 shape check: validates a bundle (or any one section's value) against the JSON Schema
 * sections in {@code bundle-schemas/}, offline, and reports {@link Finding}s.
 *
 * <p>Each section is compiled once per JVM, with every {@code $id} mapped to the classpath copy
 * (remote fetching stays off, the library default), and then shared: checking is thread-safe and
 * costs one walk of the document. A value that {@link SurelyValid}'s quick tests, compiled from the
 * same sections, certify valid is not walked by the library at all (it would report nothing); any
 * other value is checked by the library as is. At most {@link #MAX_FINDINGS} findings are returned;
 * when there are more, a {@code SCHEMA_TRUNCATED} warning ends the list.
 *
 * <p>Finding codes (all errors unless noted), each with an RFC 6901 {@code path} into the checked
 * document:
 *
 * <ul>
 *   <li>{@code SCHEMA_TYPE} — wrong JSON type ({@code "yes"} for a boolean); path at the value.
 *   <li>{@code SCHEMA_ENUM} — value not in the allowed list; the suggestion names the nearest
 *       allowed value ({@code darkmatter} → {@code dark-matter}), the other spelling of an
 *       aggregation ({@code average} ↔ {@code avg}) or, for a legacy layer type such as {@code
 *       point}, the modern type; it always lists the allowed values.
 *   <li>{@code SCHEMA_REQUIRED} — a required property is missing; path at the object, the message
 *       names the property.
 *   <li>{@code SCHEMA_RANGE} — number outside minimum/maximum (or not a multiple).
 *   <li>{@code SCHEMA_LENGTH} — too short/long a string, too few/many items or properties.
 *   <li>{@code SCHEMA_UNKNOWN_FIELD} — property not allowed where the section is closed, or a
 *       legacy key that is rejected; path at the property itself, the suggestion names the nearest
 *       known property.
 *   <li>{@code SCHEMA_PATTERN} — string not of the expected form (e.g. a SQL parameter {@code
 *       sqlName}).
 *   <li>{@code SCHEMA_FORMAT} — string not a valid {@code format} value (dates {@code YYYY-MM-DD}).
 *   <li>{@code SCHEMA_CONST} — value must be one fixed value (e.g. {@code keplerMapConfig.version}
 *       "v1").
 *   <li>{@code SCHEMA_INVALID} — any other schema rule (e.g. duplicate items in a unique list).
 *   <li>{@code SCHEMA_TRUNCATED} (warning) — more problems than the findings returned.
 * </ul>
 */
public final class SchemaCheck {

  /** Most findings one check returns. */
  public static final int MAX_FINDINGS = 100;

  private static final SchemaCheck SHARED = new SchemaCheck();

  /** Compiled sections, shared by every instance so a section is compiled once per JVM. */
  private static final class Compiled {
    static final SchemaSections SECTIONS = SchemaSections.get();
    static final SchemaRegistry REGISTRY = registry(true);
    static final Map<String, Schema> BY_NAME = new ConcurrentHashMap<>();
    static final SurelyValid SURELY_VALID = surelyValid(SECTIONS, REGISTRY);
    static final Map<String, SurelyValid.Test> SURELY_VALID_BY_NAME = new ConcurrentHashMap<>();

    /**
     * The sections minus {@code description}/{@code title}: the validator would otherwise visit
     * them as no-op keywords on every value (about a tenth of the time). Paths are unchanged, so
     * findings still read descriptions from the full sections. With {@code decideInCode}, the
     * keywords that the in-code keywords replace are rewritten to them.
     */
    static Map<String, String> lean(Map<String, String> textsById, boolean decideInCode) {
      Map<String, String> lean = new LinkedHashMap<>();
      textsById.forEach(
          (id, text) -> {
            JsonNode tree = Json.parse(text);
            dropAnnotations(tree);
            if (decideInCode) {
              TypeDispatch.rewrite(tree);
              QuickIf.rewrite(tree);
              LeafCheck.rewrite(tree);
            }
            lean.put(id, Json.compact(tree));
          });
      return lean;
    }

    private static void dropAnnotations(JsonNode node) {
      if (node instanceof ObjectNode object) {
        // A keyword's value is a string; a property that happens to be named "title" is an object
        // schema.
        for (String keyword : List.of("description", "title")) {
          if (object.path(keyword).isString()) {
            object.remove(keyword);
          }
        }
        object.values().forEach(Compiled::dropAnnotations);
      } else if (node instanceof ArrayNode array) {
        array.values().forEach(Compiled::dropAnnotations);
      }
    }

    static Schema of(String name) {
      return BY_NAME.computeIfAbsent(
          name,
          n -> {
            Schema schema = REGISTRY.getSchema(SchemaLocation.of(SchemaSections.ID_BASE + n));
            schema.initializeValidators();
            return schema;
          });
    }
  }

  /**
   * The quick "surely valid" tests of the same sections, judging patterns with the library's
   * regular expressions and dates with its {@code date} format.
   */
  static SurelyValid surelyValid(SchemaSections sections, SchemaRegistry registry) {
    Map<URI, JsonNode> documents = new LinkedHashMap<>();
    for (String name : sections.names()) {
      documents.put(URI.create(SchemaSections.ID_BASE + name), sections.node(name));
    }
    return surelyValid(documents, registry);
  }

  /** The quick tests of any documents (by {@code $id}), matching as {@code registry} does. */
  static SurelyValid surelyValid(Map<URI, JsonNode> documents, SchemaRegistry registry) {
    SchemaContext context = new SchemaContext(Dialects.getDraft202012(), registry);
    DateFormat date = new DateFormat();
    return new SurelyValid(
        documents,
        pattern -> RegularExpression.compile(pattern, context)::matches,
        value -> date.matches(null, value));
  }

  /**
   * A registry of the sections without annotations. With {@code decideInCode}, the type dispatch,
   * the simple conditions and the plain value checks are the in-code keywords ({@link
   * TypeDispatch}, {@link QuickIf}, {@link LeafCheck}), as the checker uses them; without, the
   * library evaluates every keyword itself, which is the reference the tests hold the checker to.
   */
  static SchemaRegistry registry(boolean decideInCode) {
    Dialect.Builder dialect = Dialect.builder(Dialects.getDraft202012());
    if (decideInCode) {
      dialect.keyword(TypeDispatch.INSTANCE).keyword(QuickIf.INSTANCE).keyword(LeafCheck.INSTANCE);
    }
    return SchemaRegistry.withDefaultDialect(
        dialect.build(),
        builder ->
            builder
                .schemas(Compiled.lean(Compiled.SECTIONS.textsById(), decideInCode))
                .schemaRegistryConfig(
                    SchemaRegistryConfig.builder()
                        .pathType(PathType.JSON_POINTER)
                        .formatAssertionsEnabled(true)
                        .build()));
  }

  /** A checker; cheap to create, as the compiled sections are shared. */
  public SchemaCheck() {}

  /** The shared checker. */
  public static SchemaCheck get() {
    return SHARED;
  }

  /** Checks a whole bundle against the {@code bundle} section. */
  public List<Finding> check(JsonNode bundle) {
    return check(bundle, "bundle");
  }

  /**
   * Checks a value against one section (name or alias, any case), e.g. a widgets array against
   * {@code widgets}; paths are relative to that value. Throws {@link UnknownSectionException} for
   * an unknown section.
   */
  public List<Finding> check(JsonNode value, String section) {
    String name = Compiled.SECTIONS.canonicalName(section);
    Schema schema = Compiled.of(name);
    JsonNode instance = value == null || value.isMissingNode() ? NullNode.getInstance() : value;
    if (surelyValid(name, instance)) {
      return List.of();
    }
    List<Error> errors = schema.validate(instance);
    if (errors.isEmpty()) {
      return List.of();
    }
    return List.copyOf(new SchemaFindings(Compiled.SECTIONS, name).map(errors, MAX_FINDINGS));
  }

  /**
   * True when the quick tests certify the value, so the library, which would report nothing, need
   * not walk it. A value they cannot settle, or too deeply nested for them, goes to the library.
   */
  private static boolean surelyValid(String name, JsonNode instance) {
    SurelyValid.Test test =
        Compiled.SURELY_VALID_BY_NAME.computeIfAbsent(
            name, n -> Compiled.SURELY_VALID.document(URI.create(SchemaSections.ID_BASE + n)));
    try {
      return test.apply(instance) == SurelyValid.VALID;
    } catch (StackOverflowError e) {
      return false;
    }
  }
}
