package io.cartomaps.validate;

import static io.cartomaps.validate.TestBundles.CONFIG;
import static io.cartomaps.validate.TestBundles.check;
import static io.cartomaps.validate.TestBundles.describe;
import static io.cartomaps.validate.TestBundles.remove;
import static io.cartomaps.validate.TestBundles.set;
import static io.cartomaps.validate.TestBundles.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.validate.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sections referenced from the kepler config: {@code mapstate}, {@code mapstyle}, {@code
 * mapsettings}, {@code uistate}, {@code legendsettings}, {@code layergrouping}, {@code enums}.
 */
class ConfigSectionsSchemaTest {

  @Test
  void mapStateLatitudeStaysWithinNinety() {
    single(
        check(set(TestBundles.minimal(), CONFIG + "/mapState/latitude", 91)),
        "SCHEMA_RANGE",
        CONFIG + "/mapState/latitude");
  }

  @Test
  void mapStateNeedsLatitudeLongitudeAndZoom() {
    Finding f =
        single(
            check(remove(TestBundles.minimal(), CONFIG + "/mapState/zoom")),
            "SCHEMA_REQUIRED",
            CONFIG + "/mapState");
    assertTrue(f.message().contains("'zoom'"), f.message());
  }

  @Test
  void basemapNearMissesGetTheCanonicalId() {
    Finding style =
        single(
            check(set(TestBundles.minimal(), CONFIG + "/mapStyle/styleType", "darkmatter")),
            "SCHEMA_ENUM",
            CONFIG + "/mapStyle/styleType");
    assertTrue(style.suggestion().startsWith("Use 'dark-matter'"), style.suggestion());
    Finding basemap =
        single(
            check(set(TestBundles.minimal(), CONFIG + "/basemapConfig/styleId", "google3d")),
            "SCHEMA_ENUM",
            CONFIG + "/basemapConfig/styleId");
    assertTrue(basemap.suggestion().startsWith("Use 'google-3d'"), basemap.suggestion());
  }

  @Test
  void customBasemapIdsAreAcceptedWhenDeclared() {
    ObjectNode bundle = TestBundles.minimal();
    set(
        bundle,
        CONFIG + "/customBaseMaps",
        Map.of("customStyle", Map.of("id", "my-style", "url", "https://x/style.json")));
    set(bundle, CONFIG + "/mapStyle/styleType", "my-style");
    set(bundle, CONFIG + "/basemapConfig/styleId", "my-style");
    List<Finding> findings = check(bundle);
    assertTrue(findings.isEmpty(), describe(findings));
  }

  @Test
  void mapStyleIsRequired() {
    single(check(remove(TestBundles.minimal(), CONFIG + "/mapStyle")), "SCHEMA_REQUIRED", CONFIG);
  }

  @Test
  void layerBlendingComesFromTheSharedEnums() {
    single(
        check(set(TestBundles.minimal(), CONFIG + "/visState/layerBlending", "multiply")),
        "SCHEMA_ENUM",
        CONFIG + "/visState/layerBlending");
  }

  @Test
  void mapSettingsMeasurementUnitIsAnEnum() {
    Finding f =
        single(
            check(set(TestBundles.rich(), CONFIG + "/mapSettings/measurementUnit", "km")),
            "SCHEMA_ENUM",
            CONFIG + "/mapSettings/measurementUnit");
    assertEquals("Use one of: kilometers, miles.", f.suggestion());
  }

  @Test
  void mapSettingsAcceptsOtherSwitchesOnlyAsBooleans() {
    assertTrue(check(set(TestBundles.rich(), CONFIG + "/mapSettings/newSwitch", true)).isEmpty());
    single(
        check(set(TestBundles.rich(), CONFIG + "/mapSettings/newSwitch", "on")),
        "SCHEMA_TYPE",
        CONFIG + "/mapSettings/newSwitch");
  }

  @Test
  void mapSettingsCacheTimeIsNotNegative() {
    single(
        check(set(TestBundles.rich(), CONFIG + "/mapSettings/cacheTime", -1)),
        "SCHEMA_RANGE",
        CONFIG + "/mapSettings/cacheTime");
  }

  @Test
  void uiStateSwitchesAreBooleans() {
    single(
        check(set(TestBundles.minimal(), CONFIG + "/uiState/commentsVisible", "yes")),
        "SCHEMA_TYPE",
        CONFIG + "/uiState/commentsVisible");
  }

  @Test
  void legendSettingsIsAnObject() {
    single(
        check(set(TestBundles.minimal(), CONFIG + "/legendSettings", new ArrayList<>())),
        "SCHEMA_TYPE",
        CONFIG + "/legendSettings");
  }

  @Test
  void layerGroupsDoNotNest() {
    ObjectNode bundle =
        set(
            TestBundles.rich(),
            CONFIG + "/layerGrouping/1/children/0",
            Map.of("type", "group", "layerId", "L_h3"));
    Finding f = single(check(bundle), "SCHEMA_CONST", CONFIG + "/layerGrouping/1/children/0/type");
    assertEquals("Use 'layer'.", f.suggestion());
  }

  @Test
  void layerGroupingEntryTypeIsLayerOrGroup() {
    single(
        check(set(TestBundles.rich(), CONFIG + "/layerGrouping/0/type", "folder")),
        "SCHEMA_ENUM",
        CONFIG + "/layerGrouping/0/type");
  }

  @Test
  void aSectionCanBeCheckedOnItsOwn() {
    List<Finding> findings =
        SchemaCheck.get().check(io.cartomaps.json.Json.parse("{\"latitude\": 100}"), "mapState");
    assertEquals(
        List.of("SCHEMA_RANGE /latitude", "SCHEMA_REQUIRED ", "SCHEMA_REQUIRED "),
        findings.stream().map(x -> x.code() + " " + x.path()).sorted().toList(),
        describe(findings));
  }
}
