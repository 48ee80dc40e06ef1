package io.cartomaps.maps;

import static io.cartomaps.maps.FakeOrgProfiles.CLOUD;
import static io.cartomaps.maps.FakeOrgProfiles.LOCAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.json.Json;
import io.cartomaps.validate.Tier1Validator;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Create and update write the boilerplate Builder needs and repair the shapes CARTO accepts but
 * Builder breaks on, each listed in the plan; layerOrder is complete after every write; a query
 * dataset gets a viewport too.
 */
class BuilderRepairsTest extends FakeOrgMapsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "filters []|/keplerMapConfig/config/filters|[]|{}|config.filters: [] replaced by {}",
        "spatialFilter {}|/keplerMapConfig/config/spatialFilter|{}|null|config.spatialFilter: {} replaced by null",
        "description null|/description|null|\"\"|description: null replaced by \"\"",
        "uiState missing|/keplerMapConfig/config/uiState|<remove>|{\"commentsVisible\":true,\"controlsPaneOpen\":false,\"descriptionOpen\":false,\"descriptionPreview\":false}|config.uiState: Builder's defaults",
        "uiState key missing|/keplerMapConfig/config/uiState/descriptionPreview|<remove>|false|config.uiState.descriptionPreview = false",
        "animationConfig missing|/keplerMapConfig/config/visState/animationConfig|<remove>|{\"currentTime\":null,\"speed\":1}|visState.animationConfig = ",
        "interactionConfig missing|/keplerMapConfig/config/visState/interactionConfig|<remove>|{\"tooltip\":{\"enabled\":true,\"compareMode\":false,\"compareType\":\"absolute\"},\"brush\":{\"enabled\":false,\"size\":0.5},\"coordinate\":{\"enabled\":false},\"geocoder\":{\"enabled\":false}}|visState.interactionConfig = ",
        "layerBlending missing|/keplerMapConfig/config/visState/layerBlending|<remove>|\"normal\"|visState.layerBlending = \"normal\"",
        "splitMaps missing|/keplerMapConfig/config/visState/splitMaps|<remove>|[]|visState.splitMaps = []",
        "visState filters missing|/keplerMapConfig/config/visState/filters|<remove>|[]|visState.filters = []",
        "textLabel missing|/keplerMapConfig/config/visState/layers/0/config/textLabel|<remove>|[{\"field\":null,\"size\":12,\"color\":[40,40,40],\"anchor\":\"start\",\"alignment\":\"center\",\"offset\":[0,0],\"outlineColor\":[255,255,255]}]|layer L_places: config.textLabel",
        "visualChannels missing|/keplerMapConfig/config/visState/layers/0/visualChannels|<remove>|{\"colorField\":null,\"colorScale\":\"quantize\"}|layer L_places: visualChannels = "
      })
  void createWritesWhatBuilderNeedsAndSaysSo(
      String name, String pointer, String value, String stored, String planLine) {
    for (String profile : List.of(LOCAL, CLOUD)) {
      ObjectNode bundle = SourceFieldChecksTest.samples(profile);
      int slash = pointer.lastIndexOf('/');
      ObjectNode parent = (ObjectNode) bundle.at(pointer.substring(0, slash));
      String key = pointer.substring(slash + 1);
      if (value.equals("<remove>")) {
        parent.remove(key);
      } else {
        parent.set(key, Json.parse(value));
      }
      WriteResult r = maps.create(profile, bundle);
      assertTrue(
          r.plan().stream().anyMatch(p -> p.startsWith(planLine)), profile + ": " + r.plan());
      assertTrue(
          r.warnings().stream()
              .noneMatch(w -> w.path().startsWith(pointer) || pointer.startsWith(w.path() + "/")),
          profile + ": nothing left to warn about: " + r.warnings());
      assertEquals(Json.parse(stored), maps.bundle(profile, r.id()).at(pointer), profile);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {LOCAL, CLOUD})
  void aLayerAddedByARoundTripJoinsLayerOrderAndARemovedOneLeavesIt(String profile) {
    WriteResult created = maps.create(profile, SourceFieldChecksTest.samples(profile));
    ObjectNode kepler =
        (ObjectNode) maps.bundle(profile, created.id()).get("keplerMapConfig").deepCopy();
    ArrayNode layers = (ArrayNode) kepler.at("/config/visState/layers");
    ObjectNode extra = (ObjectNode) layers.get(0).deepCopy();
    extra.put("id", "L_extra");
    layers.add(extra);
    layers.remove(1); // L_countries
    ObjectNode patch = Json.object();
    patch.set("keplerMapConfig", kepler);
    WriteResult r =
        maps.update(profile, created.id(), patch, new UpdateOptions(false, true, false, false));
    assertTrue(
        r.plan()
            .contains("visState.layerOrder: added [L_extra] on top, dropped removed [L_countries]"),
        r.plan().toString());
    assertEquals(
        Json.parse("[\"L_extra\", \"L_places\"]"),
        maps.bundle(profile, created.id()).at("/keplerMapConfig/config/visState/layerOrder"));
  }

  @ParameterizedTest
  @ValueSource(strings = {LOCAL, CLOUD})
  void aMapOfAQueryGetsAViewportFromItsData(String profile) {
    ObjectNode bundle = SourceFieldChecksTest.samples(profile);
    ((ArrayNode) bundle.get("datasets")).remove(0);
    ObjectNode config = (ObjectNode) bundle.at("/keplerMapConfig/config");
    config.remove(List.of("mapState", "widgets", "popupSettings", "filters"));
    ((ArrayNode) config.at("/visState/layers")).remove(0);
    ((ObjectNode) config.get("visState")).remove("layerOrder");
    WriteResult r = maps.create(profile, bundle);
    assertTrue(
        r.plan().stream().anyMatch(p -> p.startsWith("mapState: fitted to the data extent")),
        r.plan().toString());
    JsonNode mapState = maps.bundle(profile, r.id()).at("/keplerMapConfig/config/mapState");
    assertTrue(mapState.has("latitude") && mapState.has("zoom"), mapState.toString());
  }

  /**
   * The example bundles served as resources: valid, warning-free against the sample data, and
   * created as they are.
   */
  @ParameterizedTest
  @ValueSource(strings = {"points", "h3", "choropleth"})
  void examplesAreValidAndWarningFreeAgainstTheSampleData(String name) throws IOException {
    ObjectNode example;
    try (var in = getClass().getResourceAsStream("/examples/" + name + ".json")) {
      example =
          (ObjectNode)
              Json.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
    var report = maps.validate(LOCAL, example, true);
    assertTrue(report.valid() && report.warnings().isEmpty(), name + ": " + report);
    WriteResult r = maps.create(LOCAL, example);
    assertEquals(List.of(), r.warnings(), name + ": " + r.plan());
    ObjectNode stored = maps.bundle(LOCAL, r.id());
    assertTrue(
        stored
                .at("/keplerMapConfig/config/visState/layers/0/config/visConfig/colorRange/colors")
                .size()
            >= 6,
        "palette colours written from its name: "
            + stored.at("/keplerMapConfig/config/visState/layers/0"));
    assertTrue(
        Tier1Validator.standard().validate(stored).warnings().isEmpty(),
        "the stored map has what Builder needs: "
            + Tier1Validator.standard().validate(stored).warnings());
  }

  @Test
  void aPaletteNamedButNotCartosIsAnErrorWithTheNearestName() {
    ObjectNode bundle = SourceFieldChecksTest.samples(LOCAL);
    ((ObjectNode) bundle.at("/keplerMapConfig/config/visState/layers/0/config/visConfig"))
        .set("colorRange", Json.parse("{\"name\": \"sunset\"}"));
    MapsException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            MapsException.class, () -> maps.create(LOCAL, bundle));
    var f = e.findings().get(0);
    assertEquals("PALETTE_UNKNOWN", f.code());
    assertTrue(f.suggestion().startsWith("Did you mean 'Sunset'?"), f.suggestion());
  }

  @Test
  void localProfileUsesTheLocalConnection() {
    assertEquals(
        LocalConnection.ID,
        SourceFieldChecksTest.samples(LOCAL).at("/datasets/0/connectionId").asString());
  }
}
