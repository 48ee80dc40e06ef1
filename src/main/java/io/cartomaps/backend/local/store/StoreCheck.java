package io.cartomaps.backend.local.store;

import java.util.List;

/**
 * What a consistency check of the maps store found: row counts, and every problem (a record whose
 * JSON does not read back, a dataset or snapshot of a missing map, tags out of step with the map
 * record).
 */
public record StoreCheck(
    int schemaVersion, long maps, long datasets, long snapshots, long tags, List<String> problems) {

  public StoreCheck {
    problems = List.copyOf(problems);
  }

  public boolean consistent() {
    return problems.isEmpty();
  }
}
