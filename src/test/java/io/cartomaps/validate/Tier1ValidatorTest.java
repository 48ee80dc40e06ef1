package io.cartomaps.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class Tier1ValidatorTest {

  private static final String LAYERS = "/keplerMapConfig/config/visState/layers";

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"bundle\"", "42", "true", "null"})
  void rejectsAnythingButAnObjectWithOneFinding(String json) {
    ValidationReport report = Tier1Validator.rulesOnly().validate(Json.parse(json));
    assertFalse(report.valid());
    assertEquals(1, report.errors().size());
    assertEquals("BUNDLE_NOT_OBJECT", report.errors().get(0).code());
    assertEquals("", report.errors().get(0).path());
    assertEquals(List.of(), report.warnings());
  }

  @Test
  void rejectsAMissingDocument() {
    assertEquals(
        "BUNDLE_NOT_OBJECT", Tier1Validator.rulesOnly().validate(null).errors().get(0).code());
  }

  @Test
  void mergesSchemaFindingsWithRuleFindings() {
    Finding schema = Finding.error("SCHEMA_TYPE", "/title", "title must be a string", null);
    ObjectNode bundle = ExampleBundles.load("minimal");
    bundle.put("title", 3);
    bundle.withObject("/keplerMapConfig").put("version", "v2");
    ValidationReport report = Tier1Validator.withSchema(b -> List.of(schema)).validate(bundle);
    assertEquals(List.of("KEPLER_VERSION_INVALID", "SCHEMA_TYPE"), codes(report.errors()));
  }

  @Test
  void aFailingCheckBecomesAWarningAndTheRulesStillRun() {
    ObjectNode bundle = ExampleBundles.load("minimal");
    bundle.withObject("/keplerMapConfig").put("version", "v2");
    ValidationReport report =
        Tier1Validator.withSchema(
                b -> {
                  throw new IllegalStateException("boom");
                })
            .validate(bundle);
    assertEquals(List.of("KEPLER_VERSION_INVALID"), codes(report.errors()));
    assertEquals(List.of("RULE_FAILED"), codes(report.warnings()));
    assertFalse(report.warnings().get(0).message().contains("boom"));
  }

  @Test
  void sortsByPathWithArrayIndexesAsNumbers() {
    ObjectNode bundle = ExampleBundles.load("minimal");
    ArrayNode layers = (ArrayNode) bundle.at(LAYERS);
    JsonNode template = layers.get(0);
    for (int i = 1; i < 12; i++) {
      ObjectNode copy = (ObjectNode) template.deepCopy();
      copy.put("type", "point");
      copy.put("id", "X" + i);
      layers.add(copy);
    }
    List<String> paths =
        Tier1Validator.rulesOnly().validate(bundle).errors().stream().map(Finding::path).toList();
    List<String> expected =
        IntStream.range(1, 12).mapToObj(i -> LAYERS + "/" + i + "/type").toList();
    assertEquals(expected, paths);
  }

  @Test
  void removesDuplicateFindings() {
    Finding f = Finding.warning("SCHEMA_UNKNOWN_FIELD", "/x", "unknown field x", null);
    ValidationReport report =
        Tier1Validator.withSchema(b -> List.of(f, f, f)).validate(ExampleBundles.load("minimal"));
    assertEquals(List.of(f), report.warnings());
  }

  @Test
  void capsTheReportKeepingErrorsFirst() {
    List<Finding> many = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      many.add(Finding.warning("SCHEMA_W", "/w/" + i, "w", null));
    }
    for (int i = 0; i < 100; i++) {
      many.add(Finding.error("SCHEMA_E", "/z/" + i, "e", null));
    }
    ValidationReport report =
        Tier1Validator.withSchema(b -> many).validate(ExampleBundles.load("minimal"));
    assertEquals(100, report.errors().size());
    assertEquals(Tier1Validator.MAX_FINDINGS - 100 + 1, report.warnings().size());
    Finding last = report.warnings().get(report.warnings().size() - 1);
    assertEquals("TOO_MANY_FINDINGS", last.code());
    assertTrue(last.message().startsWith("50 more findings"), last.message());
  }

  @Test
  void boundsMessagesThatQuoteHugeValues() {
    ObjectNode bundle = ExampleBundles.load("minimal");
    ((ObjectNode) bundle.at(LAYERS + "/0/config")).put("dataId", "$ref:" + "x".repeat(100_000));
    Finding f = Tier1Validator.rulesOnly().validate(bundle).errors().get(0);
    assertEquals("UNRESOLVED_REF", f.code());
    assertTrue(f.message().length() <= 500 && f.suggestion().length() <= 500);
  }

  @Test
  void givesTheSameReportFromManyThreadsAtOnce() {
    Tier1Validator validator = Tier1Validator.rulesOnly();
    ObjectNode bundle = ExampleBundles.load("rich");
    bundle.withObject("/keplerMapConfig").put("version", "v9");
    ValidationReport expected = validator.validate(bundle);
    List<ValidationReport> reports =
        IntStream.range(0, 64).parallel().mapToObj(i -> validator.validate(bundle)).toList();
    for (ValidationReport r : reports) {
      assertEquals(expected, r);
    }
  }

  @Test
  void serialisesFindingsWithExactlyTheDocumentedMembers() {
    Finding f = Finding.error("UNRESOLVED_REF", "/a", "m", "s");
    assertEquals(
        "{\"severity\":\"error\",\"code\":\"UNRESOLVED_REF\",\"path\":\"/a\","
            + "\"message\":\"m\",\"suggestion\":\"s\"}",
        Json.compact(f));
    assertEquals(
        "{\"severity\":\"warning\",\"code\":\"X\",\"path\":\"\",\"message\":\"m\"}",
        Json.compact(Finding.warning("X", "", "m", null)));
  }

  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }
}
