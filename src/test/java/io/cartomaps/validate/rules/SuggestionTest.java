package io.cartomaps.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cartomaps.validate.ExampleBundles;
import io.cartomaps.validate.Tier1Validator;
import io.cartomaps.validate.finding.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/** Findings carry a fix an agent can apply as is. */
class SuggestionTest {

  @ParameterizedTest
  @CsvSource({"shops", "@shops", "#shops", "$ref:SHOPS"})
  void danglingReferenceSuggestsTheDeclaredRefItMeans(String dataId) {
    ObjectNode bundle = ExampleBundles.load("minimal");
    ((ObjectNode) bundle.at("/keplerMapConfig/config/visState/layers/0/config"))
        .put("dataId", dataId);
    Finding f = Tier1Validator.rulesOnly().validate(bundle).errors().get(0);
    assertEquals("UNRESOLVED_REF", f.code());
    assertEquals("Use \"$ref:shops\".", f.suggestion());
  }

  @ParameterizedTest
  @CsvSource({"average,avg", "maximum,max", "minimum,min"})
  void longFormOperationSuggestsItsShortForm(String longForm, String shortForm) {
    ObjectNode bundle = ExampleBundles.load("rich");
    ((ObjectNode) bundle.at("/keplerMapConfig/config/widgets/0")).put("operation", longForm);
    Finding f = Tier1Validator.rulesOnly().validate(bundle).errors().get(0);
    assertEquals("WIDGET_OPERATION_LONG_FORM", f.code());
    assertEquals("Use \"operation\": \"" + shortForm + "\".", f.suggestion());
  }

  @ParameterizedTest
  @CsvSource({"darkmatter,dark-matter", "google3d,google-3d"})
  void basemapNearMissSuggestsTheKnownId(String id, String known) {
    ObjectNode bundle = ExampleBundles.load("minimal");
    ((ObjectNode) bundle.at("/keplerMapConfig/config/basemapConfig")).put("styleId", id);
    ((ObjectNode) bundle.at("/keplerMapConfig/config/mapStyle")).put("styleType", id);
    Finding f = Tier1Validator.rulesOnly().validate(bundle).errors().get(0);
    assertEquals("BASEMAP_STYLE_NEAR_MISS", f.code());
    assertEquals("Did you mean \"" + known + "\"?", f.suggestion());
  }

  @ParameterizedTest
  @CsvSource({"h3", "quadbin"})
  void missingAggregationExpSuggestsOneFromTheLayerChannels(String kind) {
    ObjectNode bundle = ExampleBundles.load("rich");
    ((ObjectNode) bundle.at("/datasets/0")).put("geoColumn", kind + ":geom");
    ((ObjectNode) bundle.at("/keplerMapConfig/config/visState/layers/1")).put("type", kind);
    Finding f =
        Tier1Validator.rulesOnly().validate(bundle).warnings().stream()
            .filter(w -> w.code().equals("AGGREGATION_EXP_MISSING"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Set \"aggregationExp\": \"sum(injured) as injured_sum\", or let create compose it.",
        f.suggestion());
  }
}
