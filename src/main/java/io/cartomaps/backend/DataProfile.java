package io.cartomaps.backend;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a source holds, for an agent choosing fields, breaks and cut-offs before it authors:
 * per-column statistics and a few sample rows. The same shape for the local workspace and a CARTO
 * organisation.
 *
 * @param source the table name or the query, as given
 * @param rowCount rows of the source
 * @param columns statistics of each column (geometry columns carry only their null count)
 * @param sample at most {@link #SAMPLE_ROWS} rows, geometry and long text shortened
 */
public record DataProfile(
    String source, long rowCount, List<ColumnStats> columns, List<ObjectNode> sample) {

  /** Sample rows returned. */
  public static final int SAMPLE_ROWS = 5;

  /** Most frequent values returned per text column. */
  public static final int TOP_VALUES = 5;

  /** Text columns whose top values are counted (each is one grouped statement). */
  public static final int MAX_TOP_COLUMNS = 8;

  /** Columns profiled; wider sources are cut here and say so. */
  public static final int MAX_COLUMNS = 40;

  /** Longest text value kept in a sample row or a top value. */
  public static final int MAX_TEXT = 80;

  public DataProfile {
    columns = List.copyOf(columns);
    sample = List.copyOf(sample);
  }

  /**
   * One column's statistics; fields that do not apply to its type are left out.
   *
   * @param nulls rows where it is null
   * @param min smallest value (numbers, dates, timestamps, text)
   * @param max largest value
   * @param mean average (numbers)
   * @param distinct distinct values (text, booleans)
   * @param top most frequent values with their counts (text)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ColumnStats(
      String name,
      String type,
      long nulls,
      JsonNode min,
      JsonNode max,
      Double mean,
      Long distinct,
      List<ValueCount> top) {}

  /** A value and how many rows hold it. */
  public record ValueCount(JsonNode value, long count) {}
}
