package io.cartomaps.validate;

import static io.cartomaps.validate.TestBundles.check;
import static io.cartomaps.validate.TestBundles.set;
import static io.cartomaps.validate.TestBundles.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.validate.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/** Section {@code bundle}: the top level is closed, typed, and the kepler wrapper is versioned. */
class BundleSchemaTest {

  @Test
  void flagsAnUnknownTopLevelFieldAtTheFieldAndSuggestsTheNearestName() {
    Finding f =
        single(check(set(TestBundles.minimal(), "/titel", "x")), "SCHEMA_UNKNOWN_FIELD", "/titel");
    assertTrue(f.suggestion().contains("'title'"), f.suggestion());
  }

  @Test
  void listsTheKnownFieldsWhenNoNameIsClose() {
    Finding f =
        single(check(set(TestBundles.minimal(), "/zzzzzz", 1)), "SCHEMA_UNKNOWN_FIELD", "/zzzzzz");
    assertTrue(f.suggestion().contains("keplerMapConfig"), f.suggestion());
    assertFalse(
        f.suggestion().contains("thumbnailUrl"),
        "server fields are not offered: " + f.suggestion());
  }

  @Test
  void escapesAnUnknownFieldNameInThePointer() {
    single(check(set(TestBundles.minimal(), "/a~1b", 1)), "SCHEMA_UNKNOWN_FIELD", "/a~1b");
  }

  @Test
  void rejectsAStringWhereABooleanIsExpected() {
    Finding f =
        single(
            check(set(TestBundles.minimal(), "/collaborative", "yes")),
            "SCHEMA_TYPE",
            "/collaborative");
    assertEquals("collaborative must be a boolean, not a string.", f.message());
  }

  @Test
  void rejectsANullDescription() {
    single(
        check(set(TestBundles.minimal(), "/description", NullNode.getInstance())),
        "SCHEMA_TYPE",
        "/description");
  }

  @Test
  void requiresKeplerConfigVersionV1() {
    Finding f =
        single(
            check(set(TestBundles.minimal(), "/keplerMapConfig/version", "v2")),
            "SCHEMA_CONST",
            "/keplerMapConfig/version");
    assertEquals("Use 'v1'.", f.suggestion());
  }

  @Test
  void requiresVisStateInTheKeplerConfig() {
    Finding f =
        single(
            check(TestBundles.remove(TestBundles.minimal(), "/keplerMapConfig/config/visState")),
            "SCHEMA_REQUIRED",
            "/keplerMapConfig/config");
    assertTrue(f.message().contains("'visState'"), f.message());
  }

  @Test
  void rejectsAnArrayForConfigFilters() {
    single(
        check(set(TestBundles.minimal(), "/keplerMapConfig/config/filters", List.of())),
        "SCHEMA_TYPE",
        "/keplerMapConfig/config/filters");
  }

  @Test
  void rejectsAnEmptySpatialFilterObject() {
    single(
        check(
            set(
                TestBundles.minimal(),
                "/keplerMapConfig/config/spatialFilter",
                new java.util.HashMap<>())),
        "SCHEMA_REQUIRED",
        "/keplerMapConfig/config/spatialFilter");
  }

  @Test
  void reportsDuplicateTagsOnce() {
    single(
        check(set(TestBundles.minimal(), "/tags", List.of("a", "a"))), "SCHEMA_INVALID", "/tags");
  }

  @Test
  void treatsAMissingBundleAsTheWrongType() {
    single(SchemaCheck.get().check(null), "SCHEMA_TYPE", "");
  }

  @Test
  void capsTheFindingsAndSaysSo() {
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      numbers.add(i);
    }
    ObjectNode bundle = set(TestBundles.minimal(), "/tags", numbers);
    List<Finding> findings = check(bundle);
    assertEquals(SchemaCheck.MAX_FINDINGS + 1, findings.size());
    Finding last = findings.get(findings.size() - 1);
    assertEquals("SCHEMA_TRUNCATED", last.code());
    assertFalse(last.isError());
    assertEquals("/tags/0", findings.get(0).path());
  }

  @Test
  void aNewCheckerSharesTheCompiledSchemas() {
    assertEquals(
        check(set(TestBundles.minimal(), "/titel", "x")),
        new SchemaCheck().check(set(TestBundles.minimal(), "/titel", "x")));
  }
}
