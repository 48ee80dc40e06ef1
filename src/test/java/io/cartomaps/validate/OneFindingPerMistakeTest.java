package io.cartomaps.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * One mistake gets one finding: a shape CARTO's validator accepts but Builder breaks on is a
 * warning, not also a schema error at the same path, and an enum near miss is not also an enum
 * error.
 */
class OneFindingPerMistakeTest {

  private static final Tier1Validator VALIDATOR = Tier1Validator.standard();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "filters []|/keplerMapConfig/config/filters|[]|FILTERS_AS_ARRAY|true",
        "spatialFilter {}|/keplerMapConfig/config/spatialFilter|{}|SPATIAL_FILTER_EMPTY_OBJECT|true",
        "uiState {}|/keplerMapConfig/config/uiState|{}|UI_STATE_INCOMPLETE|true",
        "basemap near miss|/keplerMapConfig/config/basemapConfig/styleId|\"darkmatter\"|BASEMAP_STYLE_NEAR_MISS|false"
      })
  void oneFindingAtThePath(
      String name, String pointer, String value, String code, boolean stillValid) {
    ObjectNode bundle = ExampleBundles.load("minimal");
    int slash = pointer.lastIndexOf('/');
    ((ObjectNode) bundle.at(pointer.substring(0, slash)))
        .set(pointer.substring(slash + 1), Json.parse(value));
    if (code.equals("BASEMAP_STYLE_NEAR_MISS")) {
      ((ObjectNode) bundle.at("/keplerMapConfig/config/mapStyle")).put("styleType", "darkmatter");
    }
    ValidationReport report = VALIDATOR.validate(bundle);
    List<Finding> all = new ArrayList<>(report.errors());
    all.addAll(report.warnings());
    List<Finding> here = all.stream().filter(f -> f.path().startsWith(pointer)).toList();
    assertTrue(here.stream().allMatch(f -> f.code().equals(code)), here.toString());
    assertTrue(here.stream().noneMatch(f -> f.code().startsWith("SCHEMA_")), here.toString());
    assertEquals(stillValid, report.valid(), report.toString());
  }
}
