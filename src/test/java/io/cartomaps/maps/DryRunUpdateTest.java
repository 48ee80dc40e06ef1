package io.cartomaps.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.cartomaps.json.Json;
import io.cartomaps.validate.BundleValidator;
import io.cartomaps.validate.ValidationReport;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * A dry run is the update's own plan, unapplied: it writes nothing, and the update writes what it
 * showed.
 */
class DryRunUpdateTest {

  private static final Set<String> WRITES =
      Set.of(
          "createMap",
          "patchMap",
          "setPrivacy",
          "publish",
          "deleteMap",
          "createDataset",
          "patchDataset",
          "deleteDataset");
  private static final UpdateOptions DRY_RUN = new UpdateOptions(false, false, true, false);

  private final BundleValidator validator = b -> ValidationReport.of(List.of());
  private final FakeRegistry registry = new FakeRegistry("local");
  private final FakeBackend local = registry.get("local");
  private final MapService service = new MapService(registry, validator);

  @Test
  void aDryRunUpdateMakesNoWriteCall() {
    WriteResult created = service.create(null, Bundles.places("L1"));
    local.calls.clear();
    WriteResult dry = service.update(null, created.id(), change(created), DRY_RUN);
    assertFalse(dry.plan().isEmpty(), "the dry run reports its plan");
    assertFalse(local.calls.isEmpty(), "planning reads the stored map");
    assertEquals(List.of(), writes(), "calls: " + local.calls);
  }

  @Test
  void theUpdateAppliesThePlanItsDryRunShowed() {
    WriteResult created = service.create(null, Bundles.places("L1"));
    WriteResult dry = service.update(null, created.id(), change(created), DRY_RUN);
    local.calls.clear();
    WriteResult real = service.update(null, created.id(), change(created), UpdateOptions.DEFAULT);
    assertEquals(dry.plan(), real.plan());
    assertEquals(
        List.of("createDataset", "patchDataset", "patchMap", "setPrivacy"),
        writes(),
        "one write per planned change: " + real.plan());
  }

  @Test
  void applyingAPlanWritesItsValuesAndLeavesItAsPlanned() {
    WriteResult created = service.create(null, Bundles.places("L1"));
    UpdatePlanner planner = new UpdatePlanner(validator);
    UpdatePlan plan = planner.plan(local, created.id(), change(created), UpdateOptions.DEFAULT);
    UpdatePlan asPlanned =
        planner.plan(local, created.id(), change(created), UpdateOptions.DEFAULT);
    assertEquals(asPlanned, plan, "planning twice against the same map plans the same writes");

    WriteResult r = UpdateApplier.apply(local, plan);
    assertEquals(asPlanned, plan, "applying does not change the plan");
    assertEquals(plan.lines(), r.plan());
    ObjectNode stored = local.maps.get(created.id());
    assertEquals(plan.mapPatch().get("title"), stored.get("title"));
    assertEquals(plan.privacy().get("privacy"), stored.get("privacy"));
    String placesId = created.datasetIds().get("places");
    assertEquals(
        plan.patches().get(0).fields().get("label"),
        local.datasets.get(created.id()).get(placesId).get("label"));
    String moreId = r.datasetIds().get("more");
    assertEquals(
        plan.creates().get(0).body(), withoutId(local.datasets.get(created.id()).get(moreId)));
  }

  /** A new title and privacy, a relabelled dataset and a new one. */
  private static ObjectNode change(WriteResult created) {
    return (ObjectNode)
        Json.parse(
            """
        {"title":"T2","privacy":"shared","datasets":[{"id":"%s","label":"Renamed"},
         {"$ref":"more","type":"table","source":"public.places","connectionId":"c-1","geoColumn":"geom",
          "columns":["geom"],"format":"tilejson","label":"More"}]}"""
                .formatted(created.datasetIds().get("places")));
  }

  private List<String> writes() {
    return local.calls.stream().filter(WRITES::contains).toList();
  }

  private static ObjectNode withoutId(ObjectNode stored) {
    ObjectNode copy = stored.deepCopy();
    copy.remove("id");
    copy.remove("connectionName");
    return copy;
  }
}
