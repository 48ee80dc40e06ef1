package io.cartomaps.maps;

import io.cartomaps.backend.Backend;
import io.cartomaps.bundle.BundleView;
import io.cartomaps.bundle.Privacy;
import io.cartomaps.bundle.ServerFields;
import io.cartomaps.json.Json;
import io.cartomaps.validate.BundleValidator;
import io.cartomaps.validate.ValidationReport;
import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides a partial update without writing: top-level fields patch, keplerMapConfig replaces
 * wholesale (guarded), datasets merge by id or are replaced. The merged map is validated and its
 * changed sources dry-run here, so a refused update has changed nothing.
 */
final class UpdatePlanner {

  private static final List<String> MAP_FIELDS =
      List.of("title", "description", "tags", "collaborative", "agent", "keplerMapConfig");

  private final BundleValidator validator;

  UpdatePlanner(BundleValidator validator) {
    this.validator = validator;
  }

  /** The stored map: its record, as a bundle, and its datasets by id without server fields. */
  private record Stored(ObjectNode record, ObjectNode current, Map<String, ObjectNode> byId) {

    static Stored read(Backend b, String mapId) {
      ObjectNode record = b.getMap(mapId);
      List<ObjectNode> stored = b.listDatasets(mapId);
      Map<String, ObjectNode> byId = new LinkedHashMap<>();
      stored.forEach(d -> byId.put(Json.text(d, "id"), ServerFields.stripDataset(d)));
      return new Stored(record, ServerFields.toBundle(record, stored), byId);
    }
  }

  /**
   * The update's datasets: new ones (no id), patches of stored ones by id, and stored ones it
   * removes.
   */
  private record Incoming(
      List<ObjectNode> creates, Map<String, ObjectNode> patches, Set<String> deletes) {}

  UpdatePlan plan(Backend b, String mapId, JsonNode input, UpdateOptions options) {
    ObjectNode patch = BundleInput.requireObject(input, "The update").deepCopy();
    List<String> repairs = BuilderRepairs.apply(patch);
    String patchId = Json.text(patch, "id");
    if (patchId != null && !patchId.equals(mapId)) {
      throw new MapsException(
          "ID_MISMATCH",
          "The update carries id "
              + patchId
              + " but targets map "
              + mapId
              + ". Remove the id or target the right map.");
    }
    Stored stored = Stored.read(b, mapId);
    Incoming in = sort(mapId, patch, stored.byId(), options);
    guardKepler(patch, stored.current(), options);
    ObjectNode merged = merge(stored.current(), patch, stored.byId(), in);
    checkBeforeWrite(b, merged, patch, in);
    List<ObjectNode> mergedDatasets = BundleView.datasets(merged);
    List<String> fills = new ArrayList<>();
    AutoFill.fillColumns(merged, i -> Json.text(mergedDatasets.get(i), "id") == null, fills);

    List<String> lines = lines(patch, stored, in, options);
    lines.addAll(repairs);
    lines.addAll(fills);
    List<Finding> warnings = validator.validate(merged).warnings();
    return calls(mapId, patch, stored, in, options, lines, warnings);
  }

  private static Incoming sort(
      String mapId, ObjectNode patch, Map<String, ObjectNode> byId, UpdateOptions options) {
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
        errors.add(
            Finding.error(
                "DATASET_NOT_FOUND",
                "/datasets/" + i + "/id",
                "Map " + mapId + " has no dataset " + id + ".",
                "Existing datasets: "
                    + byId.keySet()
                    + ". Omit the id and give a \"$ref\" name to add a new dataset."));
      } else {
        patches.put(id, d);
      }
    }
    if (!errors.isEmpty()) {
      throw new MapsException(
          "DATASET_NOT_FOUND",
          "The update names datasets this map does not have; nothing was changed.",
          errors);
    }
    Set<String> deletes = new LinkedHashSet<>();
    if (options.replaceDatasets() && patch.has("datasets")) {
      deletes.addAll(byId.keySet());
      deletes.removeAll(patches.keySet());
    }
    return new Incoming(creates, patches, deletes);
  }

  private static void guardKepler(ObjectNode patch, ObjectNode current, UpdateOptions options) {
    if (patch.has("keplerMapConfig") && !options.allowKeplerReplace()) {
      List<Finding> wipes =
          KeplerWipeGuard.wipes(current.get("keplerMapConfig"), patch.get("keplerMapConfig"));
      if (!wipes.isEmpty()) {
        throw new MapsException(
            KeplerWipeGuard.CODE,
            "keplerMapConfig is replaced wholesale and this one would wipe "
                + "parts of the map; nothing was changed.",
            wipes);
      }
    }
  }

  /**
   * Tier-1 of the merged map, then dry-runs of the sources the update adds or changes (all of them
   * on a new layout).
   */
  private void checkBeforeWrite(Backend b, ObjectNode merged, ObjectNode patch, Incoming in) {
    ValidationReport report = validator.validate(merged);
    if (!report.valid()) {
      throw new MapsException(
          "INVALID_BUNDLE",
          "The updated map would have "
              + report.errors().size()
              + " error(s); nothing was changed.",
          report.errors());
    }
    List<ObjectNode> mergedDatasets = BundleView.datasets(merged);
    boolean layoutChanged = patch.has("keplerMapConfig");
    List<Finding> sourceErrors =
        SourceChecks.check(
            b,
            merged,
            Severity.error,
            i -> {
              String id = Json.text(mergedDatasets.get(i), "id");
              return layoutChanged || id == null || in.patches().containsKey(id);
            });
    if (!sourceErrors.isEmpty()) {
      throw new MapsException(
          "SOURCE_CHECK_FAILED",
          "A dataset source cannot be used; nothing was changed.",
          sourceErrors);
    }
  }

  private static ObjectNode merge(
      ObjectNode current, ObjectNode patch, Map<String, ObjectNode> byId, Incoming in) {
    ObjectNode merged = current.deepCopy();
    for (Map.Entry<String, JsonNode> e : patch.properties()) {
      if (!e.getKey().equals("datasets")) {
        merged.set(e.getKey(), e.getValue());
      }
    }
    var datasets = merged.putArray("datasets");
    for (Map.Entry<String, ObjectNode> e : byId.entrySet()) {
      if (in.deletes().contains(e.getKey())) {
        continue;
      }
      ObjectNode d = e.getValue().deepCopy();
      if (in.patches().containsKey(e.getKey())) {
        d.setAll(in.patches().get(e.getKey()));
      }
      datasets.add(d);
    }
    in.creates().forEach(datasets::add);
    return merged;
  }

  /**
   * What the update changes: new and removed datasets, changed dataset fields, changed map fields
   * and parts.
   */
  private static List<String> lines(
      ObjectNode patch, Stored stored, Incoming in, UpdateOptions options) {
    ObjectNode current = stored.current();
    List<String> plan = new ArrayList<>();
    in.creates().forEach(d -> plan.add("create dataset " + BundleView.datasetKey(d)));
    in.patches()
        .forEach(
            (id, d) -> {
              List<String> changed =
                  PlanDiff.fields(stored.byId().get(id), ServerFields.datasetForWrite(d));
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
      } else if (!Objects.equals(current.get(f), patch.get(f))) {
        plan.add("set " + f);
      }
    }
    if (patch.has("privacy") && !Objects.equals(Privacy.level(patch), Privacy.level(current))) {
      plan.add("set privacy " + Privacy.level(patch));
    }
    in.deletes().forEach(id -> plan.add("delete dataset " + id));
    if (options.publish()) {
      plan.add("publish");
    }
    return plan;
  }

  /** The writes, each with what undoes it; dataset patches that send nothing are left out. */
  private static UpdatePlan calls(
      String mapId,
      ObjectNode patch,
      Stored stored,
      Incoming in,
      UpdateOptions options,
      List<String> lines,
      List<Finding> warnings) {
    List<UpdatePlan.DatasetPatch> patches = new ArrayList<>();
    in.patches()
        .forEach(
            (id, d) -> {
              ObjectNode fields = ServerFields.datasetForWrite(d);
              if (!fields.isEmpty()) {
                patches.add(
                    new UpdatePlan.DatasetPatch(
                        id, fields, restore(fields, stored.byId().get(id))));
              }
            });
    ObjectNode record = stored.record();
    ObjectNode mapPatch = Json.object();
    for (String f : MAP_FIELDS) {
      if (patch.has(f)) {
        mapPatch.set(f, patch.get(f));
      }
    }
    ObjectNode privacy = Privacy.normalize(patch.get("privacy"));
    return new UpdatePlan(
        mapId,
        record,
        in.creates().stream().map(NewDataset::of).toList(),
        patches,
        mapPatch,
        restore(mapPatch, record),
        privacy,
        privacy == null ? null : Privacy.fromRecord(record),
        List.copyOf(in.deletes()),
        options.publish(),
        lines,
        warnings);
  }

  /**
   * The values of {@code before} for each field of {@code fields}, {@code null} where it had none.
   */
  private static ObjectNode restore(ObjectNode fields, ObjectNode before) {
    ObjectNode restore = Json.object();
    fields
        .propertyNames()
        .forEach(f -> restore.set(f, before.has(f) ? before.get(f) : NullNode.getInstance()));
    return restore;
  }
}
