package io.cartomaps.maps;

import io.cartomaps.validate.finding.Finding;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything a create sends, decided before its first call, in CARTO's write split: the map itself,
 * its datasets, a follow-up patch whose references are resolved to the new dataset ids, then the
 * privacy. Its JSON is not changed after planning, so what a create reports is what it writes.
 *
 * @param map the createMap body: title, description, keplerMapConfig
 * @param datasets the datasets, in bundle order
 * @param followUp the patchMap body: keplerMapConfig (references by name), tags, collaborative,
 *     agent
 * @param privacy the privacy to set, or null to keep the backend's private default
 * @param lines the plan lines of the result: repairs, auto-fills, agent defaults
 * @param warnings non-fatal findings known before writing
 */
record CreatePlan(
    ObjectNode map,
    List<NewDataset> datasets,
    ObjectNode followUp,
    ObjectNode privacy,
    List<String> lines,
    List<Finding> warnings) {

  CreatePlan {
    datasets = List.copyOf(datasets);
    lines = List.copyOf(lines);
    warnings = List.copyOf(warnings);
  }
}
