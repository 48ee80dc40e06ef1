package io.cartomaps.validate;

import static io.cartomaps.validate.SurelyValid.INVALID;
import static io.cartomaps.validate.SurelyValid.UNKNOWN;
import static io.cartomaps.validate.SurelyValid.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import io.cartomaps.json.Json;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Each keyword of the quick tests, on values either side of it, with every VALID or INVALID verdict
 * checked against the library on the same schema.
 */
class SurelyValidTest {

  private static final String BASE = "https://example.test/schema/";
  private static final String SHARED =
      """
      {"$id": "https://example.test/schema/shared",
       "$defs": {"colour": {"type": "string", "pattern": "^#[0-9a-f]{6}$"}}}
      """;

  /** The verdict on {@code instance}, after checking that the library does not contradict it. */
  private static int verdict(String schema, String instance) {
    String text = "{\"$id\": \"" + BASE + "main\", " + schema.substring(1);
    Map<String, String> texts = Map.of(BASE + "main", text, BASE + "shared", SHARED);
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            Dialects.getDraft202012(),
            b ->
                b.schemas(texts)
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder()
                            .pathType(PathType.JSON_POINTER)
                            .formatAssertionsEnabled(true)
                            .build()));
    Map<URI, JsonNode> documents =
        Map.of(
            URI.create(BASE + "main"), Json.parse(text),
            URI.create(BASE + "shared"), Json.parse(SHARED));
    SurelyValid.Test test =
        SchemaCheck.surelyValid(documents, registry).document(URI.create(BASE + "main"));
    JsonNode value = Json.parse(instance);
    int verdict = test.apply(value);
    Schema library = registry.getSchema(SchemaLocation.of(BASE + "main"));
    if (verdict == VALID) {
      assertTrue(library.validate(value).isEmpty(), "library rejects " + instance);
    } else if (verdict == INVALID) {
      assertFalse(library.validate(value).isEmpty(), "library accepts " + instance);
    }
    return verdict;
  }

  @Test
  void type() {
    String schema = "{\"type\": [\"string\", \"null\"]}";
    assertEquals(VALID, verdict(schema, "\"a\""));
    assertEquals(VALID, verdict(schema, "null"));
    assertEquals(INVALID, verdict(schema, "1"));
    assertEquals(VALID, verdict("{\"type\": \"integer\"}", "7"));
    assertEquals(UNKNOWN, verdict("{\"type\": \"integer\"}", "7.0"));
    assertEquals(INVALID, verdict("{\"type\": \"integer\"}", "\"7\""));
    assertEquals(VALID, verdict("{\"type\": \"number\"}", "7.5"));
  }

  @Test
  void enumAndConst() {
    String schema = "{\"enum\": [\"a\", \"b\"]}";
    assertEquals(VALID, verdict(schema, "\"b\""));
    assertEquals(INVALID, verdict(schema, "\"c\""));
    assertEquals(UNKNOWN, verdict("{\"enum\": [1, 2]}", "1.0"));
    assertEquals(VALID, verdict("{\"const\": true}", "true"));
    assertEquals(INVALID, verdict("{\"const\": true}", "false"));
  }

  @Test
  void requiredPropertiesAndAdditionalProperties() {
    String schema =
        "{\"type\": \"object\", \"required\": [\"id\"], \"additionalProperties\": false,"
            + " \"properties\": {\"id\": {\"type\": \"string\"}, \"n\": {\"type\": \"number\"}}}";
    assertEquals(VALID, verdict(schema, "{\"id\": \"x\", \"n\": 1}"));
    assertEquals(INVALID, verdict(schema, "{\"n\": 1}"));
    assertEquals(INVALID, verdict(schema, "{\"id\": \"x\", \"other\": 1}"));
    assertEquals(INVALID, verdict(schema, "{\"id\": 3}"));
    String open = "{\"additionalProperties\": {\"type\": \"string\"}}";
    assertEquals(VALID, verdict(open, "{\"a\": \"x\"}"));
    assertEquals(INVALID, verdict(open, "{\"a\": 1}"));
    assertEquals(VALID, verdict("{\"required\": [\"a\"]}", "[]"));
  }

  @Test
  void itemsAndTheirCount() {
    String schema =
        "{\"items\": {\"type\": \"integer\", \"minimum\": 0, \"maximum\": 255},"
            + " \"minItems\": 3, \"maxItems\": 4}";
    assertEquals(VALID, verdict(schema, "[1, 2, 3]"));
    assertEquals(INVALID, verdict(schema, "[1, \"2\", 3]"));
    assertEquals(UNKNOWN, verdict(schema, "[1, 2, 256]"));
    assertEquals(UNKNOWN, verdict(schema, "[1, 2]"));
    assertEquals(UNKNOWN, verdict(schema, "[1, 2, 3, 4, 5]"));
  }

  @Test
  void uniqueItems() {
    String schema = "{\"uniqueItems\": true}";
    assertEquals(VALID, verdict(schema, "[\"a\", \"b\", null]"));
    assertEquals(UNKNOWN, verdict(schema, "[\"a\", \"a\"]"));
    assertEquals(UNKNOWN, verdict(schema, "[1, 2]"));
  }

  @Test
  void numericBounds() {
    assertEquals(VALID, verdict("{\"minimum\": 0}", "0"));
    assertEquals(UNKNOWN, verdict("{\"minimum\": 0}", "-0.5"));
    assertEquals(VALID, verdict("{\"exclusiveMinimum\": 0}", "0.5"));
    assertEquals(UNKNOWN, verdict("{\"exclusiveMinimum\": 0}", "0"));
    assertEquals(UNKNOWN, verdict("{\"maximum\": 10}", "12345678901234"));
    assertEquals(VALID, verdict("{\"maximum\": 10}", "\"not a number\""));
  }

  @Test
  void stringLengthCountsCodePoints() {
    String schema = "{\"minLength\": 1, \"maxLength\": 1}";
    assertEquals(VALID, verdict(schema, "\"\\uD83D\\uDE00\""));
    assertEquals(UNKNOWN, verdict(schema, "\"\""));
    assertEquals(UNKNOWN, verdict(schema, "\"ab\""));
  }

  @Test
  void patternAndDateUseTheLibrarysOwnMatchers() {
    assertEquals(VALID, verdict("{\"pattern\": \"^[a-z_]+$\"}", "\"snake_case\""));
    assertEquals(UNKNOWN, verdict("{\"pattern\": \"^[a-z_]+$\"}", "\"Camel\""));
    assertEquals(VALID, verdict("{\"format\": \"date\"}", "\"2024-02-29\""));
    assertEquals(UNKNOWN, verdict("{\"format\": \"date\"}", "\"2024-13-01\""));
    assertEquals(UNKNOWN, verdict("{\"format\": \"email\"}", "\"a@b.test\""));
  }

  @Test
  void allOfNotAndConditions() {
    assertEquals(
        INVALID, verdict("{\"allOf\": [{\"type\": \"string\"}, {\"enum\": [\"a\"]}]}", "\"b\""));
    assertEquals(INVALID, verdict("{\"not\": {}}", "1"));
    assertEquals(VALID, verdict("{\"not\": {\"required\": [\"id\"]}}", "{}"));
    String conditional =
        "{\"if\": {\"required\": [\"id\"]}, \"then\": {\"required\": [\"name\"]},"
            + " \"else\": {\"required\": [\"ref\"]}}";
    assertEquals(VALID, verdict(conditional, "{\"id\": 1, \"name\": \"n\"}"));
    assertEquals(INVALID, verdict(conditional, "{\"id\": 1}"));
    assertEquals(VALID, verdict(conditional, "{\"ref\": \"r\"}"));
    assertEquals(INVALID, verdict(conditional, "{}"));
    assertEquals(UNKNOWN, verdict("{\"if\": {\"minimum\": 5}, \"then\": false}", "3"));
  }

  @Test
  void referencesWithinAndAcrossDocuments() {
    String schema =
        "{\"$defs\": {\"node\": {\"type\": \"object\", \"properties\": {"
            + "\"next\": {\"$ref\": \"#/$defs/node\"}, \"colour\": {\"$ref\": \"shared#/$defs/colour\"}}}},"
            + " \"$ref\": \"#/$defs/node\"}";
    assertEquals(VALID, verdict(schema, "{\"next\": {\"next\": {\"colour\": \"#00ff00\"}}}"));
    assertEquals(INVALID, verdict(schema, "{\"next\": {\"next\": 3}}"));
    assertEquals(UNKNOWN, verdict(schema, "{\"colour\": \"green\"}"));
    assertEquals(UNKNOWN, verdict("{\"$ref\": \"missing#/x\"}", "1"));
  }

  @Test
  void anyKeywordNotUnderstoodLeavesTheSchemaToTheLibrary() {
    assertEquals(UNKNOWN, verdict("{\"type\": \"string\", \"oneOf\": [{}]}", "\"a\""));
    assertEquals(UNKNOWN, verdict("{\"patternProperties\": {\"^a\": {}}}", "{}"));
    assertEquals(UNKNOWN, verdict("{\"properties\": {\"a\": {\"x-unknown\": 1}}}", "{\"a\": 1}"));
    assertEquals(VALID, verdict("{\"properties\": {\"a\": {\"x-unknown\": 1}}}", "{\"b\": 1}"));
  }

  @Test
  void booleanSchemas() {
    assertEquals(VALID, verdict("{\"properties\": {\"a\": true}}", "{\"a\": 1}"));
    assertEquals(INVALID, verdict("{\"properties\": {\"a\": false}}", "{\"a\": 1}"));
  }
}
