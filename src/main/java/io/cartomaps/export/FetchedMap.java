package io.cartomaps.export;

import io.cartomaps.backend.MapUrls;
import io.cartomaps.validate.finding.Finding;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the export reads of one map.
 *
 * @param record the map record (server fields included)
 * @param bundle the round-trippable bundle made from the record and its datasets
 * @param datasets the dataset records
 * @param tier1 findings of the offline checks
 * @param tier2 findings of the source dry-runs, or null when they were not asked for
 */
record FetchedMap(
    ObjectNode record,
    ObjectNode bundle,
    List<ObjectNode> datasets,
    MapUrls urls,
    List<Finding> tier1,
    List<Finding> tier2) {}
