package io.cartomaps.maps;

import io.cartomaps.validate.BundleValidator;
import io.cartomaps.backend.Backend;
import io.cartomaps.bundle.BundleView;
import io.cartomaps.bundle.Privacy;
import io.cartomaps.bundle.Refs;
import io.cartomaps.bundle.ServerFields;
import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.Severity;
import io.cartomaps.validate.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Partial updates: top-level fields patch, keplerMapConfig replaces wholesale (guarded), datasets merge by id or
 * are replaced. The merged result is validated before any write, and every write has a compensating action so a
 * failure part-way rolls the map back.
 */
final class MapUpdater {

  private static final List<String> MAP_FIELDS = List.of("title", "description", "tags", "collaborative", "agent",
      "keplerMapConfig");

  private final MapService service;
  private final BundleValidator validator;

  MapUpdater(MapService service, BundleValidator validator) {
    this.service = service;
    this.validator = validator;
  }

  WriteResult update(Backend b, String mapId, JsonNode input, UpdateOptions options) {
    ObjectNode patch = MapService.requireObject(input, "The update").deepCopy();
    List<String> repairs = BuilderRepairs.apply(patch);
    String patchId = Json.text(patch, "id");
    if (patchId != null && !patchId.equals(mapId)) {
      throw new MapsException("ID_MISMATCH", "The update carries id " + patchId + " but targets map " + mapId
          + ". Remove the id or target the right map.");
    }
    ObjectNode record = b.getMap(mapId);
    List<ObjectNode> stored = b.listDatasets(mapId);
    ObjectNode current = ServerFields.toBundle(record, stored);

    Map<String, ObjectNode> byId = new LinkedHashMap<>();
    stored.forEach(d -> byId.put(Json.text(d, "id"), ServerFields.stripDataset(d)));
    List<ObjectNode> creates = new ArrayList<>();
    Map<String, ObjectNode> patches = new LinkedHashMap<>();
    List<Finding> errors = new ArrayList<>();
    List<ObjectNode> incoming = BundleView.datasets(patch);
    for (int i = 0; i < incoming.size(); i++) {
      ObjectNode d = incoming.get(i);
      String id = Json.text(d, "id");
      if (id == null) {
        creates.add(d);
      } else if (!byId.containsKey(id)) {
        errors.add(Finding.error("DATASET_NOT_FOUND", "/datasets/" + i + "/id", "Map " + mapId
            + " has no dataset " + id + ".", "Existing datasets: " + byId.keySet()
            + ". Omit the id and give a \"$ref\" name to add a new dataset."));
      } else {
        patches.put(id, d);
      }
    }
    if (!errors.isEmpty()) {
      throw new MapsException("DATASET_NOT_FOUND", "The update names datasets this map does not have; nothing was changed.", errors);
    }
    Set<String> deletes = new LinkedHashSet<>();
    if (options.replaceDatasets() && patch.has("datasets")) {
      deletes.addAll(byId.keySet());
      deletes.removeAll(patches.keySet());
    }

    if (patch.has("keplerMapConfig") && !options.allowKeplerReplace()) {
      List<Finding> wipes = KeplerWipeGuard.wipes(current.get("keplerMapConfig"), patch.get("keplerMapConfig"));
      if (!wipes.isEmpty()) {
        throw new MapsException(KeplerWipeGuard.CODE, "keplerMapConfig is replaced wholesale and this one would wipe "
            + "parts of the map; nothing was changed.", wipes);
      }
    }
    ObjectNode merged = merge(current, patch, byId, patches, creates, deletes);
    ValidationReport report = validator.validate(merged);
    if (!report.valid()) {
      throw new MapsException("INVALID_BUNDLE", "The updated map would have " + report.errors().size()
          + " error(s); nothing was changed.", report.errors());
    }
    List<ObjectNode> mergedDatasets = BundleView.datasets(merged);
    boolean layoutChanged = patch.has("keplerMapConfig");
    List<Finding> sourceErrors = SourceChecks.check(b, merged, Severity.error, i -> {
      String id = Json.text(mergedDatasets.get(i), "id");
      return layoutChanged || id == null || patches.containsKey(id);
    });
    if (!sourceErrors.isEmpty()) {
      throw new MapsException("SOURCE_CHECK_FAILED", "A dataset source cannot be used; nothing was changed.", sourceErrors);
    }
    List<String> fills = new ArrayList<>();
    AutoFill.fillColumns(merged, i -> Json.text(mergedDatasets.get(i), "id") == null, fills);

    List<String> plan = plan(patch, current, byId, creates, patches, deletes, options);
    plan.addAll(repairs);
    plan.addAll(fills);
    List<Finding> warnings = new ArrayList<>(validator.validate(merged).warnings());
    if (options.dryRun()) {
      ObjectNode preview = record.deepCopy();
      return service.result(b, preview, plan, warnings, null, Map.of());
    }

    Map<String, String> datasetIds = new LinkedHashMap<>();
    // One transaction on the local store (a killed process leaves the map as it was); on CARTO the undo log.
    Boolean published = b.atomically(() -> {
      datasetIds.clear();
      UndoLog undo = new UndoLog();
      try {
        Map<String, String> replacements = new LinkedHashMap<>();
        for (ObjectNode d : creates) {
          ObjectNode created = b.createDataset(mapId, ServerFields.datasetForWrite(d));
          String newId = Json.text(created, "id");
          undo.push("remove new dataset " + newId, () -> b.deleteDataset(mapId, newId));
          String key = BundleView.datasetKey(d);
          if (key != null) {
            replacements.put(key, newId);
            datasetIds.put(Refs.name(key) != null ? Refs.name(key) : key, newId);
          }
        }
        for (Map.Entry<String, ObjectNode> e : patches.entrySet()) {
          ObjectNode before = byId.get(e.getKey());
          ObjectNode fields = ServerFields.datasetForWrite(e.getValue());
          if (fields.isEmpty()) {
            continue;
          }
          b.patchDataset(mapId, e.getKey(), fields);
          ObjectNode restore = Json.object();
          fields.propertyNames().forEach(f -> restore.set(f, before.has(f) ? before.get(f) : NullNode.getInstance()));
          undo.push("restore dataset " + e.getKey(), () -> b.patchDataset(mapId, e.getKey(), restore));
        }
        ObjectNode mapPatch = Json.object();
        ObjectNode mapRestore = Json.object();
        for (String f : MAP_FIELDS) {
          if (patch.has(f)) {
            JsonNode value = f.equals("keplerMapConfig") ? Refs.replace(patch.get(f).deepCopy(), replacements) : patch.get(f);
            mapPatch.set(f, value);
            mapRestore.set(f, record.has(f) ? record.get(f) : NullNode.getInstance());
          }
        }
        if (!mapPatch.isEmpty()) {
          b.patchMap(mapId, mapPatch);
          undo.push("restore map fields " + mapPatch.propertyNames(), () -> b.patchMap(mapId, mapRestore));
        }
        ObjectNode privacy = Privacy.normalize(patch.get("privacy"));
        if (privacy != null) {
          ObjectNode before = Privacy.fromRecord(record);
          b.setPrivacy(mapId, privacy);
          undo.push("restore privacy", () -> b.setPrivacy(mapId, before));
        }
      } catch (RuntimeException e) {
        List<String> failed = undo.rollBack();
        String tail = failed.isEmpty() ? "every change was rolled back"
            : "rolling back failed for: " + String.join("; ", failed) + " — check the map with get_bundle";
        throw new MapsException("WRITE_FAILED", "Updating map " + mapId + " failed: " + e.getMessage() + "; " + tail + ".");
      }
      for (String id : deletes) {
        try {
          b.deleteDataset(mapId, id);
        } catch (RuntimeException e) {
          warnings.add(Finding.warning("DATASET_NOT_DELETED", "/datasets", "Dataset " + id + " could not be removed: "
              + e.getMessage(), "Retry the update with datasets_mode replace."));
        }
      }
      if (options.publish()) {
        b.publish(mapId);
        return Boolean.TRUE;
      }
      return null;
    });
    ObjectNode after = b.getMap(mapId);
    warnings.addAll(MapWriter.postWriteChecks(b, ServerFields.toBundle(after, b.listDatasets(mapId))));
    return service.result(b, after, plan, warnings, published, datasetIds);
  }

  WriteResult updateDataset(Backend b, String mapId, String datasetId, JsonNode input) {
    ObjectNode fields = MapService.requireObject(input, "The dataset patch").deepCopy();
    ObjectNode record = b.getMap(mapId);
    List<ObjectNode> stored = b.listDatasets(mapId);
    ObjectNode bundle = ServerFields.toBundle(record, stored);
    List<ObjectNode> datasets = BundleView.datasets(bundle);
    int index = -1;
    for (int i = 0; i < datasets.size(); i++) {
      if (datasetId.equals(Json.text(datasets.get(i), "id"))) {
        index = i;
      }
    }
    if (index < 0) {
      throw new MapsException("DATASET_NOT_FOUND", "Map " + mapId + " has no dataset " + datasetId + ". Datasets: "
          + datasets.stream().map(d -> Json.text(d, "id") + " (" + Json.text(d, "label") + ")").toList() + ".");
    }
    ObjectNode write = ServerFields.datasetForWrite(fields);
    if (PlanDiff.fields(ServerFields.datasetForWrite(datasets.get(index)), write).isEmpty()) {
      return service.result(b, record, List.of(), List.of(), null, Map.of()).unchanged();
    }
    datasets.get(index).setAll(write);
    ValidationReport report = validator.validate(bundle);
    if (!report.valid()) {
      throw new MapsException("INVALID_BUNDLE", "The patched dataset would make the map invalid; nothing was changed.",
          report.errors());
    }
    final int patched = index;
    List<Finding> sourceErrors = SourceChecks.check(b, bundle, Severity.error, i -> i == patched);
    if (!sourceErrors.isEmpty()) {
      throw new MapsException("SOURCE_CHECK_FAILED", "The patched source cannot be used; nothing was changed.", sourceErrors);
    }
    b.patchDataset(mapId, datasetId, write);
    ObjectNode after = b.getMap(mapId);
    List<Finding> warnings = new ArrayList<>(report.warnings());
    warnings.addAll(MapWriter.postWriteChecks(b, ServerFields.toBundle(after, b.listDatasets(mapId))));
    return service.result(b, after, List.of("patch dataset " + datasetId + " " + write.propertyNames()), warnings, null, Map.of());
  }

  private static ObjectNode merge(ObjectNode current, ObjectNode patch, Map<String, ObjectNode> byId,
                                  Map<String, ObjectNode> patches, List<ObjectNode> creates, Set<String> deletes) {
    ObjectNode merged = current.deepCopy();
    for (Map.Entry<String, JsonNode> e : patch.properties()) {
      if (!e.getKey().equals("datasets")) {
        merged.set(e.getKey(), e.getValue());
      }
    }
    var datasets = merged.putArray("datasets");
    for (Map.Entry<String, ObjectNode> e : byId.entrySet()) {
      if (deletes.contains(e.getKey())) {
        continue;
      }
      ObjectNode d = e.getValue().deepCopy();
      if (patches.containsKey(e.getKey())) {
        d.setAll(patches.get(e.getKey()));
      }
      datasets.add(d);
    }
    creates.forEach(datasets::add);
    return merged;
  }

  /** What the update changes: new and removed datasets, changed dataset fields, changed map fields and parts. */
  private static List<String> plan(ObjectNode patch, ObjectNode current, Map<String, ObjectNode> byId,
                                   List<ObjectNode> creates, Map<String, ObjectNode> patched, Set<String> deletes,
                                   UpdateOptions options) {
    List<String> plan = new ArrayList<>();
    creates.forEach(d -> plan.add("create dataset " + BundleView.datasetKey(d)));
    patched.forEach((id, d) -> {
      List<String> changed = PlanDiff.fields(byId.get(id), ServerFields.datasetForWrite(d));
      if (!changed.isEmpty()) {
        plan.add("patch dataset " + id + " " + changed);
      }
    });
    for (String f : MAP_FIELDS) {
      if (!patch.has(f)) {
        continue;
      }
      if (f.equals("keplerMapConfig")) {
        plan.addAll(PlanDiff.kepler(current.get(f), patch.get(f)));
      } else if (!java.util.Objects.equals(current.get(f), patch.get(f))) {
        plan.add("set " + f);
      }
    }
    if (patch.has("privacy") && !java.util.Objects.equals(Privacy.level(patch), Privacy.level(current))) {
      plan.add("set privacy " + Privacy.level(patch));
    }
    deletes.forEach(id -> plan.add("delete dataset " + id));
    if (options.publish()) {
      plan.add("publish");
    }
    return plan;
  }

}
