package io.cartomaps.backend;

import java.util.List;

/**
 * Outcome of a dry-run of a dataset source: the columns it returns, or the error the engine gave.
 */
public record SourceProbe(boolean ok, List<Column> columns, String error) {

  public SourceProbe {
    columns = columns == null ? List.of() : List.copyOf(columns);
  }

  public static SourceProbe ok(List<Column> columns) {
    return new SourceProbe(true, columns, null);
  }

  public static SourceProbe failed(String error) {
    return new SourceProbe(false, List.of(), error);
  }
}
