package io.cartomaps.validate;

import static io.cartomaps.validate.TestBundles.check;
import static io.cartomaps.validate.TestBundles.describe;
import static io.cartomaps.validate.TestBundles.remove;
import static io.cartomaps.validate.TestBundles.set;
import static io.cartomaps.validate.TestBundles.single;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.validate.finding.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Section {@code dataset}: enums with suggestions, required fields, and the new-or-existing
 * identity.
 */
class DatasetSchemaTest {

  @Test
  void suggestsTheNearestDatasetType() {
    Finding f =
        single(
            check(set(TestBundles.minimal(), "/datasets/0/type", "tabel")),
            "SCHEMA_ENUM",
            "/datasets/0/type");
    assertTrue(f.suggestion().startsWith("Use 'table'"), f.suggestion());
    assertTrue(f.suggestion().contains("query"), "lists the allowed values: " + f.suggestion());
  }

  @Test
  void requiredPropertyPointsAtTheDatasetAndNamesTheProperty() {
    Finding f =
        single(
            check(remove(TestBundles.minimal(), "/datasets/0/format")),
            "SCHEMA_REQUIRED",
            "/datasets/0");
    assertTrue(f.message().contains("'format'"), f.message());
    assertTrue(f.suggestion().contains("tilejson"), f.suggestion());
  }

  @Test
  void aNewDatasetNeedsARefName() {
    Finding f =
        single(
            check(remove(TestBundles.minimal(), "/datasets/0/$ref")),
            "SCHEMA_REQUIRED",
            "/datasets/0");
    assertTrue(f.message().contains("'$ref'"), f.message());
  }

  @Test
  void anExistingDatasetMayCarryItsIdInsteadOfARef() {
    ObjectNode bundle = remove(TestBundles.minimal(), "/datasets/0/$ref");
    set(bundle, "/datasets/0/id", "0d1e0000-0000-4000-8000-000000000002");
    set(bundle, TestBundles.LAYERS + "/0/config/dataId", "0d1e0000-0000-4000-8000-000000000002");
    List<Finding> findings = check(bundle);
    assertTrue(findings.isEmpty(), describe(findings));
  }

  @Test
  void rejectsAggregationResLevelAboveNine() {
    single(
        check(set(TestBundles.rich(), "/datasets/0/aggregationResLevel", 12)),
        "SCHEMA_RANGE",
        "/datasets/0/aggregationResLevel");
  }

  @Test
  void rejectsColumnObjectsThatWouldNotRender() {
    single(
        check(
            set(
                TestBundles.minimal(),
                "/datasets/0/columns/0",
                Map.of("name", "geom", "type", "geography"))),
        "SCHEMA_TYPE",
        "/datasets/0/columns/0");
  }

  @Test
  void flagsAMistypedDatasetFieldWithTheRightSpelling() {
    Finding f =
        single(
            check(set(TestBundles.minimal(), "/datasets/0/geocolumn", "geom")),
            "SCHEMA_UNKNOWN_FIELD",
            "/datasets/0/geocolumn");
    assertTrue(f.suggestion().contains("'geoColumn'"), f.suggestion());
  }

  @Test
  void acceptsTheGeometryHintInAnyCaseAndRejectsOtherWords() {
    assertTrue(check(set(TestBundles.minimal(), "/datasets/0/geomType", "MultiPolygon")).isEmpty());
    Finding f =
        single(
            check(set(TestBundles.minimal(), "/datasets/0/geomType", "circle")),
            "SCHEMA_PATTERN",
            "/datasets/0/geomType");
    assertTrue(f.suggestion().contains("point, line or polygon"), f.suggestion());
  }
}
