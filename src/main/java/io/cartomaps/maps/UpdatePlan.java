package io.cartomaps.maps;

import io.cartomaps.validate.finding.Finding;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything an update sends, decided before its first write, each write with the values that undo
 * it. A dry run returns this plan unapplied; its JSON is not changed after planning, so a dry run
 * shows what the update writes.
 *
 * @param mapId the map updated
 * @param record the stored map the plan was made against
 * @param creates new datasets
 * @param patches changed fields of existing datasets
 * @param mapPatch the patchMap body (keplerMapConfig references by name), empty when no map field
 *     changes
 * @param mapRestore the stored values of the fields in {@code mapPatch}
 * @param privacy the privacy to set, or null
 * @param privacyBefore the stored privacy, restored if a later call fails
 * @param deletes ids of datasets removed after the rest succeeded
 * @param publish publish once written
 * @param lines the plan lines of the result
 * @param warnings non-fatal findings known before writing
 */
record UpdatePlan(
    String mapId,
    ObjectNode record,
    List<NewDataset> creates,
    List<DatasetPatch> patches,
    ObjectNode mapPatch,
    ObjectNode mapRestore,
    ObjectNode privacy,
    ObjectNode privacyBefore,
    List<String> deletes,
    boolean publish,
    List<String> lines,
    List<Finding> warnings) {

  UpdatePlan {
    creates = List.copyOf(creates);
    patches = List.copyOf(patches);
    deletes = List.copyOf(deletes);
    lines = List.copyOf(lines);
    warnings = List.copyOf(warnings);
  }

  /**
   * A patch of dataset {@code id} and the stored values ({@code null} for absent fields) that undo
   * it.
   */
  record DatasetPatch(String id, ObjectNode fields, ObjectNode restore) {}
}
