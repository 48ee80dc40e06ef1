package io.cartomaps.validate;

import static io.cartomaps.validate.TestBundles.LAYERS;
import static io.cartomaps.validate.TestBundles.check;
import static io.cartomaps.validate.TestBundles.describe;
import static io.cartomaps.validate.TestBundles.remove;
import static io.cartomaps.validate.TestBundles.set;
import static io.cartomaps.validate.TestBundles.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.validate.finding.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sections {@code layer.*}: dispatch on type, the shared tileset visConfig and the per-type
 * refinements.
 */
class LayerSchemaTest {

  private static final String TILESET_VIS = LAYERS + "/0/config/visConfig";
  private static final String H3 = LAYERS + "/1";

  @ParameterizedTest
  @CsvSource({
    "point,tileset",
    "geojson,tileset",
    "hexagon,h3",
    "grid,quadbin",
    "heatmap,heatmapTile",
    "cluster,clusterTile"
  })
  void rejectsLegacyLayerTypesWithOneFindingNamingTheModernType(String legacy, String modern) {
    Finding f =
        single(
            check(set(TestBundles.minimal(), LAYERS + "/0/type", legacy)),
            "SCHEMA_ENUM",
            LAYERS + "/0/type");
    assertTrue(f.message().contains("legacy"), f.message());
    assertTrue(f.suggestion().startsWith("Use type '" + modern + "'"), f.suggestion());
  }

  @Test
  void requiresTextLabelOnTheLayerConfig() {
    Finding f =
        single(
            check(remove(TestBundles.minimal(), LAYERS + "/0/config/textLabel")),
            "SCHEMA_REQUIRED",
            LAYERS + "/0/config");
    assertTrue(f.message().contains("'textLabel'"), f.message());
  }

  @Test
  void requiresVisualChannelsOnTheLayer() {
    single(
        check(remove(TestBundles.minimal(), LAYERS + "/0/visualChannels")),
        "SCHEMA_REQUIRED",
        LAYERS + "/0");
  }

  @Test
  void rejectsAnOutOfRangeReferenceZoom() {
    single(
        check(set(TestBundles.minimal(), TILESET_VIS + "/radiusReferenceZoom", 23)),
        "SCHEMA_RANGE",
        TILESET_VIS + "/radiusReferenceZoom");
  }

  @Test
  void rejectsPixelBoundsOutsideOneToHundred() {
    single(
        check(set(TestBundles.minimal(), TILESET_VIS + "/sizeMinPixels", 0)),
        "SCHEMA_RANGE",
        TILESET_VIS + "/sizeMinPixels");
    single(
        check(set(TestBundles.minimal(), TILESET_VIS + "/sizeMaxPixels", 101)),
        "SCHEMA_RANGE",
        TILESET_VIS + "/sizeMaxPixels");
  }

  @Test
  void acceptsTheScaleWithZoomKnobs() {
    ObjectNode bundle = TestBundles.minimal();
    set(bundle, TILESET_VIS + "/radiusScaleWithZoom", true);
    set(bundle, TILESET_VIS + "/radiusReferenceZoom", 12);
    set(bundle, TILESET_VIS + "/sizeMinPixels", 1);
    set(bundle, TILESET_VIS + "/sizeMaxPixels", 100);
    List<Finding> findings = check(bundle);
    assertTrue(findings.isEmpty(), describe(findings));
  }

  @Test
  void rejectsScaleWithZoomGivenAsText() {
    single(
        check(set(TestBundles.minimal(), TILESET_VIS + "/radiusScaleWithZoom", "true")),
        "SCHEMA_TYPE",
        TILESET_VIS + "/radiusScaleWithZoom");
  }

  @Test
  void limitsRadiusToHundredUnlessCustomMarkers() {
    Finding f =
        single(
            check(set(TestBundles.minimal(), TILESET_VIS + "/radius", 150)),
            "SCHEMA_RANGE",
            TILESET_VIS + "/radius");
    assertEquals("radius is 150 but the maximum is 100.", f.message());
    ObjectNode markers = set(TestBundles.minimal(), TILESET_VIS + "/radius", 150);
    set(markers, TILESET_VIS + "/customMarkers", true);
    assertTrue(check(markers).isEmpty(), describe(check(markers)));
  }

  @Test
  void rejectsANullOpacity() {
    single(
        check(set(TestBundles.minimal(), TILESET_VIS + "/opacity", NullNode.getInstance())),
        "SCHEMA_TYPE",
        TILESET_VIS + "/opacity");
  }

  @Test
  void h3LayerSuggestsTheLongFormAggregation() {
    Finding f =
        single(
            check(set(TestBundles.rich(), H3 + "/config/visConfig/colorAggregation", "avg")),
            "SCHEMA_ENUM",
            H3 + "/config/visConfig/colorAggregation");
    assertTrue(f.suggestion().startsWith("Use 'average'"), f.suggestion());
  }

  @Test
  void h3LayerUsesTheTilesetVisConfigRanges() {
    single(
        check(set(TestBundles.rich(), H3 + "/config/visConfig/radiusReferenceZoom", -1)),
        "SCHEMA_RANGE",
        H3 + "/config/visConfig/radiusReferenceZoom");
  }

  @Test
  void cartoPaletteNamesAreChecked() {
    Finding f =
        single(
            check(set(TestBundles.rich(), H3 + "/config/visConfig/colorRange/name", "SunsetDarkk")),
            "SCHEMA_ENUM",
            H3 + "/config/visConfig/colorRange/name");
    assertTrue(f.suggestion().startsWith("Use 'SunsetDark'"), f.suggestion());
  }

  @Test
  void quadbinLayerRejectsOpacityAboveOne() {
    ObjectNode bundle = set(TestBundles.rich(), H3 + "/type", "quadbin");
    set(bundle, H3 + "/config/visConfig/opacity", 2);
    single(check(bundle), "SCHEMA_RANGE", H3 + "/config/visConfig/opacity");
  }

  @Test
  void heatmapMustBeFilled() {
    ObjectNode bundle = set(TestBundles.rich(), H3 + "/type", "heatmapTile");
    set(bundle, H3 + "/config/visConfig/filled", false);
    Finding f = single(check(bundle), "SCHEMA_CONST", H3 + "/config/visConfig/filled");
    assertEquals("Use true.", f.suggestion());
  }

  @Test
  void clusterRadiusRangeStaysWithinEightToEighty() {
    ObjectNode bundle = set(TestBundles.rich(), H3 + "/type", "clusterTile");
    set(bundle, H3 + "/config/visConfig/radiusRange", List.of(4, 40));
    single(check(bundle), "SCHEMA_RANGE", H3 + "/config/visConfig/radiusRange/0");
  }

  @Test
  void rasterStyleTypeSuggestsTheRightCase() {
    ObjectNode bundle = set(TestBundles.rich(), H3 + "/type", "raster");
    set(bundle, H3 + "/config/visConfig", Map.of("opacity", 1, "rasterStyleType", "rgb"));
    Finding f = single(check(bundle), "SCHEMA_ENUM", H3 + "/config/visConfig/rasterStyleType");
    assertTrue(f.suggestion().startsWith("Use 'Rgb'"), f.suggestion());
  }

  @Test
  void rasterBandsNameAnOutputChannel() {
    ObjectNode bundle = set(TestBundles.rich(), H3 + "/type", "raster");
    set(
        bundle,
        H3 + "/config/visConfig",
        Map.of(
            "rasterStyleType",
            "Rgb",
            "colorBands",
            List.of(Map.of("band", "purple", "type", "band", "value", "b1"))));
    single(check(bundle), "SCHEMA_ENUM", H3 + "/config/visConfig/colorBands/0/band");
  }

  @Test
  void unknownTypeFromALegacyRoundTripIsKeptAsIs() {
    ObjectNode bundle = set(TestBundles.minimal(), LAYERS + "/0/type", "unknown");
    set(bundle, LAYERS + "/0/config", Map.of("dataId", "$ref:shops", "anything", 1));
    List<Finding> findings = check(bundle);
    assertTrue(findings.isEmpty(), describe(findings));
  }
}
