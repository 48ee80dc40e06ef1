package io.cartomaps.backend;

import java.util.List;
import java.util.Locale;

/**
 * What one Builder widget asks of its dataset, read from {@code keplerMapConfig.config.widgets[]}:
 * the kind, the columns and the operation. A backend turns it into one query over the dataset's
 * source.
 *
 * @param column the column the widget reads (category, histogram, range, time series; formula
 *     sum/avg/…)
 * @param operation {@code count}, {@code sum}, {@code avg}, {@code min}, {@code max} or {@code
 *     custom}
 * @param operationColumn the column aggregated per category or time step (defaults to {@code
 *     column})
 * @param operationExp the SQL expression of a {@code custom} operation
 * @param buckets histogram bars
 * @param min histogram lower bound, or null for the data's minimum
 * @param max histogram upper bound, or null for the data's maximum
 * @param stepSize time-series step: second … year
 * @param stepMultiplier time-series steps per bucket
 * @param orderBy category ordering
 * @param columns table columns, or scatter's x and y
 * @param rows table rows, scatter points, or categories to return
 */
public record WidgetQuery(
    Kind kind,
    String column,
    String operation,
    String operationColumn,
    String operationExp,
    int buckets,
    Double min,
    Double max,
    String stepSize,
    int stepMultiplier,
    String orderBy,
    List<String> columns,
    int rows) {

  /** Widget kinds Builder draws; {@code scatter} is its scatter plot of two columns. */
  public enum Kind {
    FORMULA,
    CATEGORY,
    PIE,
    HISTOGRAM,
    RANGE,
    TIMESERIES,
    TABLE,
    SCATTER;

    /** The kind for a widget {@code type}, or null for a type this program does not know. */
    public static Kind of(String type) {
      if (type == null) {
        return null;
      }
      String t = type.toLowerCase(Locale.ROOT);
      if (t.equals("scatterplot")) {
        return SCATTER;
      }
      for (Kind k : values()) {
        if (k.name().toLowerCase(Locale.ROOT).equals(t)) {
          return k;
        }
      }
      return null;
    }
  }

  public WidgetQuery {
    columns = columns == null ? List.of() : List.copyOf(columns);
    operation = operation == null ? "count" : operation.toLowerCase(Locale.ROOT);
    operationColumn = operationColumn == null ? column : operationColumn;
    stepMultiplier = Math.max(1, stepMultiplier);
    buckets = buckets < 1 ? 20 : Math.min(buckets, 200);
  }
}
