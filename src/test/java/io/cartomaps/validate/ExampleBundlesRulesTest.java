package io.cartomaps.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reference's example bundles are what a good bundle looks like: the rules find no error in
 * them.
 */
class ExampleBundlesRulesTest {

  private final Tier1Validator validator = Tier1Validator.rulesOnly();

  @ParameterizedTest
  @ValueSource(strings = {"minimal", "rich"})
  void exampleBundleHasNoErrors(String name) {
    ValidationReport report = validator.validate(ExampleBundles.load(name));
    assertEquals(List.of(), report.errors(), name + " errors");
    assertTrue(report.valid());
  }

  @ParameterizedTest
  @ValueSource(strings = {"minimal"})
  void minimalBundleIsBuilderReadyApartFromOptionalFilters(String name) {
    ValidationReport report = validator.validate(ExampleBundles.load(name));
    assertEquals(List.of(), report.warnings());
  }
}
