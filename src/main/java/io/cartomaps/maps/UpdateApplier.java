package io.cartomaps.maps;

import io.cartomaps.backend.Backend;
import io.cartomaps.validate.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the writes of an {@link UpdatePlan} in order, each followed by its compensating action in
 * the undo log, so a failure part-way rolls the map back. Dataset removals come last and only warn
 * when they fail: the map is whole.
 */
final class UpdateApplier {

  private UpdateApplier() {}

  static WriteResult apply(Backend b, UpdatePlan plan) {
    List<Finding> warnings = new ArrayList<>(plan.warnings());
    Map<String, String> datasetIds = new LinkedHashMap<>();
    // One transaction on the local store (a killed process leaves the map as it was); on CARTO the
    // undo log.
    Boolean published =
        b.atomically(
            () -> {
              datasetIds.clear();
              writeOrRollBack(b, plan, datasetIds);
              deleteDatasets(b, plan, warnings);
              if (plan.publish()) {
                b.publish(plan.mapId());
                return Boolean.TRUE;
              }
              return null;
            });
    ObjectNode after = b.getMap(plan.mapId());
    warnings.addAll(PostWriteChecks.afterWrite(b, plan.mapId(), after));
    return WriteResult.of(b, after, plan.lines(), warnings, published, datasetIds);
  }

  private static void writeOrRollBack(Backend b, UpdatePlan plan, Map<String, String> datasetIds) {
    UndoLog undo = new UndoLog();
    try {
      write(b, plan, undo, datasetIds);
    } catch (RuntimeException e) {
      List<String> failed = undo.rollBack();
      String tail =
          failed.isEmpty()
              ? "every change was rolled back"
              : "rolling back failed for: "
                  + String.join("; ", failed)
                  + " — check the map with get_bundle";
      throw new MapsException(
          "WRITE_FAILED",
          "Updating map " + plan.mapId() + " failed: " + e.getMessage() + "; " + tail + ".");
    }
  }

  private static void write(
      Backend b, UpdatePlan plan, UndoLog undo, Map<String, String> datasetIds) {
    String mapId = plan.mapId();
    Map<String, String> replacements = new LinkedHashMap<>();
    for (NewDataset d : plan.creates()) {
      String newId = d.create(b, mapId, replacements, datasetIds);
      undo.push("remove new dataset " + newId, () -> b.deleteDataset(mapId, newId));
    }
    for (UpdatePlan.DatasetPatch p : plan.patches()) {
      b.patchDataset(mapId, p.id(), p.fields().deepCopy());
      undo.push(
          "restore dataset " + p.id(), () -> b.patchDataset(mapId, p.id(), p.restore().deepCopy()));
    }
    if (!plan.mapPatch().isEmpty()) {
      b.patchMap(mapId, NewDataset.resolve(plan.mapPatch(), replacements));
      undo.push(
          "restore map fields " + plan.mapPatch().propertyNames(),
          () -> b.patchMap(mapId, plan.mapRestore().deepCopy()));
    }
    if (plan.privacy() != null) {
      b.setPrivacy(mapId, plan.privacy().deepCopy());
      undo.push("restore privacy", () -> b.setPrivacy(mapId, plan.privacyBefore().deepCopy()));
    }
  }

  private static void deleteDatasets(Backend b, UpdatePlan plan, List<Finding> warnings) {
    for (String id : plan.deletes()) {
      try {
        b.deleteDataset(plan.mapId(), id);
      } catch (RuntimeException e) {
        warnings.add(
            Finding.warning(
                "DATASET_NOT_DELETED",
                "/datasets",
                "Dataset " + id + " could not be removed: " + e.getMessage(),
                "Retry the update with datasets_mode replace."));
      }
    }
  }
}
