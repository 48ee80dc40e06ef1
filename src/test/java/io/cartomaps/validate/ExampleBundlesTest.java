package io.cartomaps.validate;

import static io.cartomaps.validate.TestBundles.check;
import static io.cartomaps.validate.TestBundles.describe;
import static io.cartomaps.validate.TestBundles.set;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.validate.finding.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reference bundles, and what a round-tripped {@code get} output carries, pass the schema
 * check.
 */
class ExampleBundlesTest {

  @Test
  void minimalBundleIsClean() {
    List<Finding> findings = check(TestBundles.minimal());
    assertTrue(findings.isEmpty(), describe(findings));
  }

  @Test
  void richBundleIsClean() {
    List<Finding> findings = check(TestBundles.rich());
    assertTrue(findings.isEmpty(), describe(findings));
  }

  @Test
  void serverComputedFieldsOfAGetOutputAreAccepted() {
    ObjectNode bundle = TestBundles.rich();
    set(bundle, "/id", "5b3c0c1e-0000-4000-8000-000000000001");
    set(bundle, "/createdAt", "2026-01-01T00:00:00Z");
    set(bundle, "/updatedAt", "2026-01-02T00:00:00Z");
    set(bundle, "/datasets/0/id", "0d1e0000-0000-4000-8000-000000000002");
    set(bundle, "/datasets/0/connectionName", "carto_dw");
    set(bundle, "/datasets/0/providerId", "bigquery");
    set(bundle, "/agent/token", "opaque");
    set(bundle, "/agent/issues", List.of(Map.of("issue", "UNAVAILABLE_TOOL", "toolId", "t1")));
    List<Finding> findings = check(bundle);
    assertTrue(findings.isEmpty(), describe(findings));
  }

  @Test
  void builderKeysInsideTheKeplerConfigPassThrough() {
    ObjectNode bundle = TestBundles.minimal();
    set(bundle, "/keplerMapConfig/config/someBuilderKey", Map.of("a", 1));
    set(bundle, TestBundles.LAYERS + "/0/config/highlightColor", List.of(252, 242, 26, 255));
    set(bundle, TestBundles.LAYERS + "/0/config/visConfig/builderOnlyKnob", 3);
    set(bundle, "/keplerMapConfig/config/visState/editor", Map.of("features", List.of()));
    List<Finding> findings = check(bundle);
    assertTrue(findings.isEmpty(), describe(findings));
  }
}
