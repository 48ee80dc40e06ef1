package io.cartomaps.maps;

import static io.cartomaps.maps.FakeOrgProfiles.CLOUD;
import static io.cartomaps.maps.FakeOrgProfiles.LOCAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.json.Json;
import io.cartomaps.validate.ValidationReport;
import io.cartomaps.validate.finding.Finding;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tier-2 checks every column the map reads against what its dataset's source returns, at the
 * pointer of the field, naming the source's columns and the nearest one; on the local workspace and
 * on a CARTO organisation alike, in validate, create, update, update of a dataset and copy. A
 * broken bundle leaves no map behind.
 */
class SourceFieldChecksTest extends FakeOrgMapsTest {

  static ObjectNode samples(String profile) {
    return CloudCreateLeavesNoOrphanTest.samples(
        profile.equals(LOCAL) ? LocalConnection.ID : FakeOrgProfiles.ORG_LOCAL_CONNECTION);
  }

  /** Sets {@code value} (JSON) at {@code pointer}, creating the last member. */
  static ObjectNode with(ObjectNode bundle, String pointer, String value) {
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = bundle.at(pointer.substring(0, slash));
    String key = pointer.substring(slash + 1);
    if (parent instanceof ObjectNode o) {
      o.set(key, Json.parse(value));
    } else {
      ((tools.jackson.databind.node.ArrayNode) parent)
          .set(Integer.parseInt(key), Json.parse(value));
    }
    return bundle;
  }

  private static List<Finding> fieldFindings(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.code().equals(SourceChecks.FIELD_NOT_IN_SOURCE))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "colour|/keplerMapConfig/config/visState/layers/0/visualChannels/colorField|{\"name\":\"populaton\",\"type\":\"integer\"}|/keplerMapConfig/config/visState/layers/0/visualChannels/colorField/name",
        "stroke colour|/keplerMapConfig/config/visState/layers/0/visualChannels/strokeColorField|{\"name\":\"populaton\",\"type\":\"integer\"}|/keplerMapConfig/config/visState/layers/0/visualChannels/strokeColorField/name",
        "size|/keplerMapConfig/config/visState/layers/0/visualChannels/sizeField|{\"name\":\"populaton\",\"type\":\"integer\"}|/keplerMapConfig/config/visState/layers/0/visualChannels/sizeField/name",
        "radius|/keplerMapConfig/config/visState/layers/0/visualChannels/radiusField|{\"name\":\"populaton\",\"type\":\"integer\"}|/keplerMapConfig/config/visState/layers/0/visualChannels/radiusField/name",
        "height|/keplerMapConfig/config/visState/layers/0/visualChannels/heightField|{\"name\":\"populaton\",\"type\":\"integer\"}|/keplerMapConfig/config/visState/layers/0/visualChannels/heightField/name",
        "weight|/keplerMapConfig/config/visState/layers/0/visualChannels/weightField|{\"name\":\"populaton\",\"type\":\"integer\"}|/keplerMapConfig/config/visState/layers/0/visualChannels/weightField/name",
        "text label|/keplerMapConfig/config/visState/layers/0/config/textLabel/0/field|{\"name\":\"populaton\",\"type\":\"integer\"}|/keplerMapConfig/config/visState/layers/0/config/textLabel/0/field/name",
        "tooltip|/keplerMapConfig/config/visState/interactionConfig/tooltip/config|{\"fieldsToShow\":{\"$ref:places\":[{\"name\":\"populaton\"}]}}|/keplerMapConfig/config/visState/interactionConfig/tooltip/config/fieldsToShow/$ref:places/0/name",
        "widget column|/keplerMapConfig/config/widgets/0/column|\"populaton\"|/keplerMapConfig/config/widgets/0/column",
        "widget operation column|/keplerMapConfig/config/widgets/0/operationColumn|\"populaton\"|/keplerMapConfig/config/widgets/0/operationColumn",
        "widget split-by|/keplerMapConfig/config/widgets/0/splitByCategory|\"populaton\"|/keplerMapConfig/config/widgets/0/splitByCategory",
        "widget table column|/keplerMapConfig/config/widgets/0/columns|[{\"field\":\"populaton\"}]|/keplerMapConfig/config/widgets/0/columns/0/field",
        "popup field|/keplerMapConfig/config/popupSettings/layers/L_places/fields/0/name|\"populaton\"|/keplerMapConfig/config/popupSettings/layers/L_places/click/fields/0/name",
        "popup template|/keplerMapConfig/config/popupSettings/layers/L_places|{\"click\":{\"enabled\":true,\"fields\":[{\"name\":\"name\"}],\"templateMode\":true,\"template\":\"<b>{{populaton}}</b>\"}}|/keplerMapConfig/config/popupSettings/layers/L_places/click/template",
        "SQL parameter column|/keplerMapConfig/config/sqlParameters|[{\"id\":\"p\",\"name\":\"Pop\",\"type\":\"Numeric\",\"column\":\"populaton\",\"dataSources\":[{\"id\":\"$ref:places\"}],\"item\":{\"value\":1,\"sqlName\":\"p\"},\"defaultValue\":1,\"min\":0,\"max\":9}]|/keplerMapConfig/config/sqlParameters/0/column"
      })
  void eachFieldKindIsCheckedAgainstTheSourceAtItsPointer(
      String kind, String pointer, String value, String at) {
    for (String profile : List.of(LOCAL, CLOUD)) {
      ObjectNode bundle = samples(profile);
      if (kind.equals("popup field")) {
        bundle.at("/keplerMapConfig/config/popupSettings/layers/L_places").get("fields").get(0);
        ObjectNode popup =
            (ObjectNode) bundle.at("/keplerMapConfig/config/popupSettings/layers/L_places");
        popup.removeAll();
        popup.set("click", Json.parse("{\"enabled\":true,\"fields\":[{\"name\":\"populaton\"}]}"));
      } else {
        with(bundle, pointer, value);
      }
      ValidationReport report = maps.validate(profile, bundle, true);
      List<Finding> found = fieldFindings(report.errors());
      assertEquals(
          List.of(at), found.stream().map(Finding::path).toList(), profile + ": " + report);
      Finding f = found.get(0);
      assertTrue(f.message().contains("'populaton'"), f.message());
      assertTrue(f.suggestion().startsWith("Did you mean 'population'?"), f.suggestion());
      assertTrue(
          f.suggestion()
              .contains("geonames_id, name, country_code, country, population, is_capital, geom"),
          f.suggestion());
    }
  }

  /**
   * The agent's first map: size by {@code pop}, a widget on {@code total_pop}; neither column
   * exists.
   */
  @ParameterizedTest
  @ValueSource(strings = {LOCAL, CLOUD})
  void aMapReadingColumnsTheSourceLacksIsRefusedAndNothingIsCreated(String profile) {
    ObjectNode bundle = samples(profile);
    with(
        bundle,
        "/keplerMapConfig/config/visState/layers/0/visualChannels/sizeField",
        "{\"name\":\"pop\",\"type\":\"integer\"}");
    with(bundle, "/keplerMapConfig/config/widgets/0/column", "\"total_pop\"");

    ValidationReport report = maps.validate(profile, bundle, true);
    assertEquals(
        Set.of(
            "/keplerMapConfig/config/visState/layers/0/visualChannels/sizeField/name",
            "/keplerMapConfig/config/widgets/0/column"),
        Set.copyOf(fieldFindings(report.errors()).stream().map(Finding::path).toList()));
    assertTrue(
        report.warnings().stream().noneMatch(w -> w.code().equals("DATASET_COLUMN_MISSING")),
        "no hint to add a column the source does not have: " + report.warnings());

    Set<String> before = profiles.org.mapIds();
    int localBefore = maps.list(LOCAL, io.cartomaps.backend.MapQuery.firstPage(100)).maps().size();
    MapsException e = assertThrows(MapsException.class, () -> maps.create(profile, bundle));
    assertEquals("SOURCE_CHECK_FAILED", e.code());
    assertEquals(2, fieldFindings(e.findings()).size(), e.findings().toString());
    assertTrue(e.findings().stream().noneMatch(w -> w.code().equals("DATASET_COLUMN_MISSING")));
    assertEquals(before, profiles.org.mapIds());
    assertEquals(
        localBefore, maps.list(LOCAL, io.cartomaps.backend.MapQuery.firstPage(100)).maps().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {LOCAL, CLOUD})
  void columnsTheMapReadsAreAddedToTheDatasetOnCreate(String profile) {
    ObjectNode bundle = samples(profile);
    with(
        bundle,
        "/keplerMapConfig/config/visState/layers/0/visualChannels/sizeField",
        "{\"name\":\"population\",\"type\":\"integer\"}");
    with(bundle, "/datasets/0/columns", "[\"geom\", \"name\"]");
    WriteResult r = maps.create(profile, bundle);
    assertTrue(
        r.plan()
            .contains(
                "dataset $ref:places: columns + [population] (read by the map, returned by the source)"),
        r.plan().toString());
    assertTrue(
        r.warnings().stream().noneMatch(w -> w.code().equals("DATASET_COLUMN_MISSING")),
        r.warnings().toString());
    JsonNode stored = maps.bundle(profile, r.id()).at("/datasets/0/columns");
    assertTrue(stored.toString().contains("population"), stored.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {LOCAL, CLOUD})
  void aDatasetWithoutColumnsGetsTheGeometryAndWhatTheMapReadsOnCreate(String profile) {
    ObjectNode bundle = samples(profile);
    with(
        bundle,
        "/keplerMapConfig/config/visState/layers/0/visualChannels/sizeField",
        "{\"name\":\"population\",\"type\":\"integer\"}");
    ((ObjectNode) bundle.at("/datasets/0")).remove("columns");
    WriteResult r = maps.create(profile, bundle);
    JsonNode stored = maps.bundle(profile, r.id()).at("/datasets/0/columns");
    assertTrue(stored.isArray(), "columns stored: " + stored);
    assertEquals("geom", stored.get(0).asString(), stored.toString());
    assertTrue(stored.toString().contains("population"), stored.toString());
    assertTrue(
        r.plan().stream().anyMatch(l -> l.startsWith("dataset $ref:places: columns = [\"geom\"")),
        r.plan().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {LOCAL, CLOUD})
  void narrowingADatasetsSqlBelowWhatALayerReadsIsRefusedNamingTheLayer(String profile) {
    WriteResult created = maps.create(profile, samples(profile));
    String countries = created.datasetIds().get("countries");
    ObjectNode narrower =
        (ObjectNode) Json.parse("{\"source\": \"SELECT name, geom FROM samples.countries\"}");

    MapsException viaDataset =
        assertThrows(
            MapsException.class,
            () -> maps.updateDataset(profile, created.id(), countries, narrower));
    MapsException viaMap =
        assertThrows(
            MapsException.class,
            () ->
                maps.update(
                    profile,
                    created.id(),
                    Json.parse(
                        "{\"datasets\": [{\"id\": \""
                            + countries
                            + "\", \"source\": \"SELECT name, geom FROM samples.countries\"}]}"),
                    UpdateOptions.DEFAULT));
    for (MapsException e : List.of(viaDataset, viaMap)) {
      assertEquals("SOURCE_CHECK_FAILED", e.code());
      List<Finding> found = fieldFindings(e.findings());
      assertEquals(
          Set.of(
              "/keplerMapConfig/config/visState/layers/1/visualChannels/colorField/name",
              "/keplerMapConfig/config/widgets/1/column",
              "/keplerMapConfig/config/widgets/1/operationColumn"),
          Set.copyOf(found.stream().map(Finding::path).toList()),
          e.findings().toString());
      assertTrue(
          found.stream().anyMatch(f -> f.message().contains("layer 'L_countries'")),
          found.toString());
      assertTrue(
          found.stream().anyMatch(f -> f.message().contains("widget 'w_cont'")), found.toString());
    }
    assertEquals(
        "SELECT name, continent, area_km2, geom FROM samples.countries",
        maps.bundle(profile, created.id()).at("/datasets/1/source").asString(),
        "nothing was changed");
  }

  @Test
  void anUpdateOfTheLayersIsCheckedAgainstTheSourcesItReads() {
    WriteResult created = maps.create(LOCAL, samples(LOCAL));
    ObjectNode kepler =
        (ObjectNode) maps.bundle(LOCAL, created.id()).get("keplerMapConfig").deepCopy();
    ((ObjectNode) kepler.at("/config/visState/layers/0/visualChannels"))
        .set("colorField", Json.parse("{\"name\":\"is_captial\",\"type\":\"boolean\"}"));
    ObjectNode patch = Json.object();
    patch.set("keplerMapConfig", kepler);
    MapsException e =
        assertThrows(
            MapsException.class,
            () -> maps.update(LOCAL, created.id(), patch, UpdateOptions.DEFAULT));
    Finding f = fieldFindings(e.findings()).get(0);
    assertEquals(
        "/keplerMapConfig/config/visState/layers/0/visualChannels/colorField/name", f.path());
    assertTrue(f.suggestion().startsWith("Did you mean 'is_capital'?"), f.suggestion());
  }

  @Test
  void aCopyIsCheckedAtTheDestination() {
    WriteResult created = maps.create(LOCAL, samples(LOCAL));
    profiles.org.clearRequests();
    WriteResult copy =
        maps.copy(
            new CopyRequest(
                created.id(), LOCAL, CLOUD, java.util.Map.of(), null, null, true, false));
    assertTrue(profiles.org.mapIds().contains(copy.id()));
    long probes =
        profiles.org.requests().stream().filter(r -> r.toString().contains("/v3/sql/")).count();
    assertTrue(
        probes >= 2,
        "each dataset's source was dry-run in the organisation: " + profiles.org.requests());
  }

  @Test
  void aggregatedAliasesOfACellDatasetAreColumnsToo() {
    ObjectNode bundle =
        (ObjectNode)
            Json.parse(
                """
        {"title": "Cells", "datasets": [{"$ref": "cells", "type": "table", "source": "samples.places_h3",
          "connectionId": "%s", "geoColumn": "h3:h3", "format": "tilejson",
          "aggregationExp": "sum(population) as population_sum"}],
         "keplerMapConfig": {"version": "v1", "config": {"visState": {"layers": [{"id": "H", "type": "h3",
           "config": {"dataId": "$ref:cells", "label": "Cells", "visConfig": {}},
           "visualChannels": {"colorField": {"name": "population_sum", "type": "real"}, "colorScale": "quantize"}}]}}}}
        """
                    .formatted(LocalConnection.ID));
    assertTrue(fieldFindings(maps.validate(LOCAL, bundle, true).errors()).isEmpty());
    with(
        bundle,
        "/keplerMapConfig/config/visState/layers/0/visualChannels/colorField",
        "{\"name\":\"pop_sum\"}");
    assertFalse(fieldFindings(maps.validate(LOCAL, bundle, true).errors()).isEmpty());
  }
}
