package io.cartomaps.backend.local.store;

import java.util.List;

/**
 * One forward step of the store schema. Statements must be idempotent ({@code IF NOT EXISTS},
 * {@code IF EXISTS}): H2 commits each DDL statement as it runs, and two processes opening a new
 * store at once may both apply a step.
 */
record Migration(int version, String description, List<String> statements) {

  Migration {
    statements = List.copyOf(statements);
  }
}
