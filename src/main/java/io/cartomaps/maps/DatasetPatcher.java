package io.cartomaps.maps;

import io.cartomaps.backend.Backend;
import io.cartomaps.bundle.BundleView;
import io.cartomaps.bundle.ServerFields;
import io.cartomaps.json.Json;
import io.cartomaps.validate.BundleValidator;
import io.cartomaps.validate.ValidationReport;
import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Patches one dataset: a single write, so no undo log, but checked against the whole map first (a
 * column a layer reads must stay), and a patch that repeats the stored values writes nothing.
 */
final class DatasetPatcher {

  private final BundleValidator validator;

  DatasetPatcher(BundleValidator validator) {
    this.validator = validator;
  }

  WriteResult patch(Backend b, String mapId, String datasetId, JsonNode input) {
    ObjectNode fields = BundleInput.requireObject(input, "The dataset patch").deepCopy();
    ObjectNode record = b.getMap(mapId);
    ObjectNode bundle = ServerFields.toBundle(record, b.listDatasets(mapId));
    List<ObjectNode> datasets = BundleView.datasets(bundle);
    int index = indexOf(datasets, mapId, datasetId);
    ObjectNode write = ServerFields.datasetForWrite(fields);
    if (PlanDiff.fields(ServerFields.datasetForWrite(datasets.get(index)), write).isEmpty()) {
      return WriteResult.of(b, record, List.of(), List.of(), null, Map.of()).unchanged();
    }
    datasets.get(index).setAll(write);
    ValidationReport report = check(b, bundle, index);
    b.patchDataset(mapId, datasetId, write);
    ObjectNode after = b.getMap(mapId);
    List<Finding> warnings = new ArrayList<>(report.warnings());
    warnings.addAll(PostWriteChecks.afterWrite(b, mapId, after));
    return WriteResult.of(
        b,
        after,
        List.of("patch dataset " + datasetId + " " + write.propertyNames()),
        warnings,
        null,
        Map.of());
  }

  private static int indexOf(List<ObjectNode> datasets, String mapId, String datasetId) {
    int index = -1;
    for (int i = 0; i < datasets.size(); i++) {
      if (datasetId.equals(Json.text(datasets.get(i), "id"))) {
        index = i;
      }
    }
    if (index < 0) {
      throw new MapsException(
          "DATASET_NOT_FOUND",
          "Map "
              + mapId
              + " has no dataset "
              + datasetId
              + ". Datasets: "
              + datasets.stream()
                  .map(d -> Json.text(d, "id") + " (" + Json.text(d, "label") + ")")
                  .toList()
              + ".");
    }
    return index;
  }

  /** Tier-1 of the patched map and a dry-run of the patched dataset's source. */
  private ValidationReport check(Backend b, ObjectNode bundle, int patched) {
    ValidationReport report = validator.validate(bundle);
    if (!report.valid()) {
      throw new MapsException(
          "INVALID_BUNDLE",
          "The patched dataset would make the map invalid; nothing was changed.",
          report.errors());
    }
    List<Finding> sourceErrors = SourceChecks.check(b, bundle, Severity.error, i -> i == patched);
    if (!sourceErrors.isEmpty()) {
      throw new MapsException(
          "SOURCE_CHECK_FAILED",
          "The patched source cannot be used; nothing was changed.",
          sourceErrors);
    }
    return report;
  }
}
