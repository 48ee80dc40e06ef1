package io.cartomaps.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One exported table: its columns in order and the key a map's rows are replaced by. Every row also
 * carries {@code _dlt_load_id}, the load that wrote it, as dlt does.
 *
 * @param keyedByMap whether the table's rows belong to one map ({@code map_id}) and are replaced
 *     with it
 */
record TableSpec(
    String name, Map<String, ColumnType> columns, List<String> primaryKey, boolean keyedByMap) {

  static final String LOAD_ID = "_dlt_load_id";

  TableSpec {
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    primaryKey = List.copyOf(primaryKey);
  }

  static Builder named(String name) {
    return new Builder(name);
  }

  /** Declares columns in order. */
  static final class Builder {
    private final String name;
    private final Map<String, ColumnType> columns = new LinkedHashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    Builder col(String column, ColumnType type) {
      columns.put(column, type);
      return this;
    }

    Builder text(String... names) {
      for (String n : names) {
        columns.put(n, ColumnType.TEXT);
      }
      return this;
    }

    TableSpec key(String... key) {
      if (!name.startsWith("_dlt_")) {
        columns.put(LOAD_ID, ColumnType.TEXT);
      }
      return new TableSpec(name, columns, List.of(key), columns.containsKey("map_id"));
    }
  }
}
