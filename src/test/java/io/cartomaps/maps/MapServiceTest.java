package io.cartomaps.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import io.cartomaps.validate.ValidationReport;
import io.cartomaps.validate.finding.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class MapServiceTest {

  private final FakeRegistry registry = new FakeRegistry("local", "org");
  private final FakeBackend local = registry.get("local");
  private final MapService service = new MapService(registry, b -> ValidationReport.of(List.of()));

  @Test
  void createResolvesDatasetReferencesToTheNewIds() {
    WriteResult r = service.create(null, Bundles.places("L1"));
    String datasetId = r.datasetIds().get("places");
    ObjectNode stored = local.maps.get(r.id());
    assertEquals(
        datasetId, stored.at("/keplerMapConfig/config/visState/layers/0/config/dataId").asString());
    assertEquals(datasetId, stored.at("/keplerMapConfig/config/widgets/0/dataSource").asString());
    assertEquals("demo", stored.at("/tags/0").asString());
    assertTrue(r.builderUrl().endsWith(r.id()));
  }

  @Test
  void createWritesNothingWhenTheBundleIsInvalid() {
    MapService strict =
        new MapService(
            registry,
            b ->
                ValidationReport.of(
                    List.of(Finding.error("UNRESOLVED_REF", "/keplerMapConfig", "bad", null))));
    MapsException e =
        assertThrows(MapsException.class, () -> strict.create(null, Bundles.places("L1")));
    assertEquals("INVALID_BUNDLE", e.code());
    assertEquals("UNRESOLVED_REF", e.findings().get(0).code());
    assertFalse(local.calls.contains("createMap"));
  }

  @Test
  void createWritesNothingWhenASourceCannotBeRead() {
    ObjectNode b = Bundles.places("L1");
    ((ObjectNode) b.at("/datasets/0")).put("source", "public.missing");
    MapsException e = assertThrows(MapsException.class, () -> service.create(null, b));
    assertEquals("SOURCE_CHECK_FAILED", e.code());
    assertEquals("/datasets/0/source", e.findings().get(0).path());
    assertTrue(local.maps.isEmpty());
  }

  @Test
  void createReportsColumnsTheSourceDoesNotReturn() {
    ObjectNode b = Bundles.places("L1");
    ((tools.jackson.databind.node.ArrayNode) b.at("/datasets/0/columns")).add("nope");
    MapsException e = assertThrows(MapsException.class, () -> service.create(null, b));
    assertEquals(SourceChecks.COLUMN_NOT_FOUND, e.findings().get(0).code());
    assertEquals("/datasets/0/columns/2", e.findings().get(0).path());
  }

  @ParameterizedTest
  @ValueSource(strings = {"createDataset", "patchMap", "setPrivacy"})
  void createLeavesNoOrphanWhicheverStepFails(String step) {
    ObjectNode b = Bundles.places("L1");
    b.put("privacy", "shared");
    local.failOn(step, 1);
    MapsException e = assertThrows(MapsException.class, () -> service.create(null, b));
    assertEquals("WRITE_FAILED", e.code());
    assertTrue(e.getMessage().contains("the partial map was removed"), e.getMessage());
    assertTrue(local.maps.isEmpty());
  }

  @Test
  void sharedMapWarnsUntilPublishedAndAgainAfterAnEdit() {
    ObjectNode b = Bundles.places("L1");
    b.put("privacy", "shared");
    WriteResult created = service.create(null, b);
    assertTrue(codes(created.warnings()).contains(Warnings.UNPUBLISHED_SHARED_MAP));
    service.publish(null, created.id());
    assertTrue(service.get(null, created.id(), List.of()).warnings().isEmpty());
    WriteResult edited =
        service.update(
            null, created.id(), Json.parse("{\"title\":\"New\"}"), UpdateOptions.DEFAULT);
    assertTrue(codes(edited.warnings()).contains(Warnings.UNPUBLISHED_SHARED_MAP));
    WriteResult published =
        service.update(
            null,
            created.id(),
            Json.parse("{\"title\":\"Newer\"}"),
            new UpdateOptions(false, false, false, true));
    assertFalse(codes(published.warnings()).contains(Warnings.UNPUBLISHED_SHARED_MAP));
  }

  @Test
  void privateMapsNeverWarnAboutPublishing() {
    WriteResult created = service.create(null, Bundles.places("L1"));
    assertFalse(codes(created.warnings()).contains(Warnings.UNPUBLISHED_SHARED_MAP));
  }

  @Test
  void updateRefusesAKeplerConfigThatDropsLayersAndNamesThem() {
    WriteResult created = service.create(null, Bundles.places("L1", "L2"));
    ObjectNode partial =
        (ObjectNode)
            Json.parse(
                "{\"keplerMapConfig\":{\"version\":\"v1\",\"config\":{\"visState\":{\"layers\":[{\"id\":\"L1\",\"type\":\"tileset\",\"config\":{}}]}}}}");
    MapsException e =
        assertThrows(
            MapsException.class,
            () -> service.update(null, created.id(), partial, UpdateOptions.DEFAULT));
    assertEquals(KeplerWipeGuard.CODE, e.code());
    String all = e.findings().toString();
    assertTrue(all.contains("[L2]"), all);
    assertTrue(all.contains("viewport would reset"), all);
    assertEquals(
        2, local.maps.get(created.id()).at("/keplerMapConfig/config/visState/layers").size());
    service.update(null, created.id(), partial, new UpdateOptions(false, true, false, false));
    assertEquals(
        1, local.maps.get(created.id()).at("/keplerMapConfig/config/visState/layers").size());
  }

  @Test
  void getOutputPipesBackIntoUpdateUnchanged() {
    WriteResult created = service.create(null, Bundles.places("L1", "L2"));
    ObjectNode bundle = service.get(null, created.id(), List.of()).bundle();
    WriteResult r = service.update(null, created.id(), bundle, UpdateOptions.DEFAULT);
    assertTrue(r.datasetIds().isEmpty());
    assertEquals(bundle, service.get(null, created.id(), List.of()).bundle());
  }

  @Test
  void dryRunReportsThePlanAndWritesNothing() {
    WriteResult created = service.create(null, Bundles.places("L1"));
    JsonNode before = local.maps.get(created.id()).deepCopy();
    WriteResult r =
        service.update(
            null,
            created.id(),
            Json.parse(
                """
        {"title":"T2","datasets":[{"$ref":"more","type":"table","source":"public.places","connectionId":"c-1",
         "geoColumn":"geom","columns":["geom"],"format":"tilejson","label":"More"}]}"""),
            new UpdateOptions(false, false, true, false));
    assertTrue(r.plan().contains("create dataset $ref:more"), r.plan().toString());
    assertTrue(r.plan().contains("set title"), r.plan().toString());
    assertEquals(before, local.maps.get(created.id()));
    assertEquals(1, local.datasets.get(created.id()).size());
  }

  @Test
  void aDryRunPlanListsWhatChangesNotEverythingSent() {
    WriteResult created = service.create(null, Bundles.places("L1"));
    ObjectNode round = service.bundle(null, created.id());
    round.put("description", "New words");
    ObjectNode copy = (ObjectNode) round.at("/keplerMapConfig/config/visState/layers/0").deepCopy();
    copy.put("id", "L2");
    ((tools.jackson.databind.node.ArrayNode) round.at("/keplerMapConfig/config/visState/layers"))
        .add(copy);
    WriteResult r =
        service.update(null, created.id(), round, new UpdateOptions(false, false, true, false));
    assertTrue(r.plan().contains("set description"), r.plan().toString());
    assertTrue(
        r.plan().contains("keplerMapConfig: visState.layers added [L2]"), r.plan().toString());
    assertFalse(r.plan().contains("set title"), r.plan().toString());
    assertFalse(
        r.plan().stream().anyMatch(p -> p.startsWith("patch dataset")), r.plan().toString());
    assertFalse(
        r.plan().stream().anyMatch(p -> p.contains("widgets") || p.contains("mapState")),
        r.plan().toString());
  }

  @Test
  void updateRollsBackEveryChangeWhenALaterCallFails() {
    WriteResult created = service.create(null, Bundles.places("L1"));
    local.failOn("patchMap", 1);
    MapsException e =
        assertThrows(
            MapsException.class,
            () ->
                service.update(
                    null,
                    created.id(),
                    Json.parse(
                        """
        {"title":"T2","datasets":[{"$ref":"more","type":"table","source":"public.places","connectionId":"c-1",
         "geoColumn":"geom","columns":["geom"],"format":"tilejson","label":"More"}]}"""),
                    UpdateOptions.DEFAULT));
    assertTrue(e.getMessage().contains("every change was rolled back"), e.getMessage());
    assertEquals("Places", local.maps.get(created.id()).get("title").asString());
    assertEquals(1, local.datasets.get(created.id()).size());
  }

  @Test
  void replaceModeDeletesDatasetsTheInputDoesNotMention() {
    WriteResult created = service.create(null, Bundles.places("L1"));
    service.update(
        null,
        created.id(),
        Json.parse(
            """
        {"datasets":[{"$ref":"more","type":"table","source":"public.places","connectionId":"c-1",
         "geoColumn":"geom","columns":["geom"],"format":"tilejson","label":"More"}]}"""),
        UpdateOptions.DEFAULT);
    assertEquals(2, local.datasets.get(created.id()).size());
    String keep = created.datasetIds().get("places");
    service.update(
        null,
        created.id(),
        Json.parse("{\"datasets\":[{\"id\":\"" + keep + "\"}]}"),
        new UpdateOptions(true, false, false, false));
    assertEquals(List.of(keep), List.copyOf(local.datasets.get(created.id()).keySet()));
  }

  @Test
  void updateNamingAnUnknownDatasetChangesNothing() {
    WriteResult created = service.create(null, Bundles.places("L1"));
    MapsException e =
        assertThrows(
            MapsException.class,
            () ->
                service.update(
                    null,
                    created.id(),
                    Json.parse(
                        "{\"title\":\"X\",\"datasets\":[{\"id\":\"nope\",\"label\":\"x\"}]}"),
                    UpdateOptions.DEFAULT));
    assertEquals("DATASET_NOT_FOUND", e.code());
    assertEquals("Places", local.maps.get(created.id()).get("title").asString());
  }

  @Test
  void copyMapsConnectionsByNameThenByExplicitMapping() {
    FakeBackend org = registry.get("org");
    org.connections.clear();
    org.connections.add(new io.cartomaps.backend.Connection("d-9", "warehouse", "bigquery"));
    WriteResult created = service.create(null, Bundles.places("L1"));
    MapsException e =
        assertThrows(
            MapsException.class,
            () ->
                service.copy(
                    new CopyRequest(created.id(), null, "org", Map.of(), null, null, true, true)));
    assertEquals("CONNECTION_NOT_MAPPED", e.code());
    assertTrue(org.maps.isEmpty());
    WriteResult copy =
        service.copy(
            new CopyRequest(
                created.id(),
                null,
                "org",
                Map.of("main", "warehouse"),
                null,
                "Copied",
                true,
                true));
    assertEquals("Copied", org.maps.get(copy.id()).get("title").asString());
    ObjectNode ds = org.datasets.get(copy.id()).values().iterator().next();
    assertEquals("d-9", ds.get("connectionId").asString());
    String newDatasetId = ds.get("id").asString();
    assertEquals(
        newDatasetId,
        org.maps
            .get(copy.id())
            .at("/keplerMapConfig/config/visState/layers/0/config/dataId")
            .asString());
  }

  /** The places bundle as an H3 layer on {@code geoColumn}, coloured by {@code pop}. */
  private static ObjectNode h3Places(String geoColumn) {
    ObjectNode b = Bundles.places("L1");
    ((ObjectNode) b.at("/datasets/0")).put("geoColumn", geoColumn);
    ObjectNode layer = (ObjectNode) b.at("/keplerMapConfig/config/visState/layers/0");
    layer.put("type", "h3");
    ((ObjectNode) layer.get("visualChannels"))
        .putObject("colorField")
        .put("name", "pop")
        .put("type", "integer");
    return b;
  }

  @Test
  void createComposesAggregationExpForEveryH3PrefixTheValidatorKnows() {
    ObjectNode b = h3Places("HEX:geom");
    WriteResult r = service.create(null, b);
    ObjectNode ds = local.datasets.get(r.id()).values().iterator().next();
    assertEquals("sum(pop) as pop_sum", ds.get("aggregationExp").asString());
  }

  @Test
  void createFillsAggregationExpAndViewportAndReportsThem() {
    ObjectNode b = h3Places("h3:geom");
    ObjectNode layer = (ObjectNode) b.at("/keplerMapConfig/config/visState/layers/0");
    ((ObjectNode) layer.at("/config/visConfig")).put("colorAggregation", "average");
    ((ObjectNode) b.at("/keplerMapConfig/config")).remove("mapState");
    b.remove("description");
    WriteResult r = service.create(null, b);
    ObjectNode ds = local.datasets.get(r.id()).values().iterator().next();
    assertEquals("avg(pop) as pop_avg", ds.get("aggregationExp").asString());
    ObjectNode stored = local.maps.get(r.id());
    // The fake's extent spans 35..45°N; its centre under Builder's web-Mercator camera is 40.18°N.
    double mid = (mercatorY(35) + mercatorY(45)) / 2;
    assertEquals(
        Math.toDegrees(2 * Math.atan(Math.exp(mid)) - Math.PI / 2),
        stored.at("/keplerMapConfig/config/mapState/latitude").asDouble(),
        1e-4);
    assertEquals("", stored.get("description").asString());
    assertTrue(
        r.plan().stream().anyMatch(p -> p.startsWith("mapState: fitted")), r.plan().toString());
  }

  @Test
  void getReturnsOnlyTheAskedSectionsAndRejectsUnknownOnes() {
    WriteResult created = service.create(null, Bundles.places("L1"));
    ObjectNode part = service.get(null, created.id(), List.of("layers", "title")).bundle();
    assertEquals("Places", part.get("title").asString());
    assertEquals(1, part.at("/keplerMapConfig/config/visState/layers").size());
    assertNull(part.get("datasets"));
    MapsException e =
        assertThrows(MapsException.class, () -> service.get(null, created.id(), List.of("nope")));
    assertEquals("UNKNOWN_SECTION", e.code());
  }

  @Test
  void getOmitsTheLargestSectionsOfAHugeBundle() {
    ObjectNode b = Bundles.places("L1");
    var widgets = (tools.jackson.databind.node.ArrayNode) b.at("/keplerMapConfig/config/widgets");
    for (int i = 0; i < 2000; i++) {
      widgets.add(
          Json.parse(
              "{\"id\":\"w"
                  + i
                  + "\",\"type\":\"formula\",\"dataSource\":\"$ref:places\",\"operation\":\"count\",\"title\":\"A fairly long widget title\"}"));
    }
    WriteResult created = service.create(null, b);
    MapBundle got = service.get(null, created.id(), List.of());
    assertEquals(List.of("widgets"), got.omitted());
    assertTrue(Json.compact(got.bundle()).length() <= MapService.MAX_BUNDLE_CHARS);
  }

  @Test
  void unknownProfileNamesTheKnownOnes() {
    var e =
        assertThrows(
            io.cartomaps.backend.BackendException.class,
            () -> service.list("nope", io.cartomaps.backend.MapQuery.firstPage(10)));
    assertTrue(e.getMessage().contains("[local, org]"), e.getMessage());
  }

  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }

  private static double mercatorY(double latitude) {
    return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(latitude) / 2));
  }
}
