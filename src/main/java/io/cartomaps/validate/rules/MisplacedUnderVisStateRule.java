package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * R9: widgets, SQL parameters and the other config sections are peers of {@code visState}; nested
 * inside it they are silently ignored, so a non-empty one there is an error with a "move up one
 * level" hint.
 */
final class MisplacedUnderVisStateRule implements Rule {

  private static final List<String> PEERS =
      List.of(
          "widgets",
          "sqlParameters",
          "popupSettings",
          "layerGrouping",
          "mapSettings",
          "legendSettings");

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    for (String key : PEERS) {
      JsonNode misplaced = Nodes.get(b.visState(), key);
      if (misplaced == null || !misplaced.isContainer() || misplaced.isEmpty()) {
        continue;
      }
      String where =
          Nodes.has(b.config(), key) ? " (and merge it with the " + key + " already there)" : "";
      out.add(
          RuleCode.MISPLACED_UNDER_VISSTATE.at(
              Pointer.of(Pointer.VIS_STATE, key),
              key + " is nested under visState, where Builder ignores it.",
              "Move it up one level to keplerMapConfig.config." + key + where + "."));
    }
  }
}
