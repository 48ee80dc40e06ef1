package io.cartomaps.backend;

import tools.jackson.databind.node.ObjectNode;

/**
 * Computes what a widget shows from a dataset source, where the data is: the local workspace's
 * spatial engine, or a CARTO connection's warehouse through the SQL API. Values come back as JSON
 * in the shape the viewer draws: {@code {value}} for formula, {@code {categories:[{name, value}],
 * others}} for category and pie, {@code {bins:[{start,end,value}]}} for histogram, {@code
 * {min,max}} for range, {@code {steps:[{start,value}]}} for time series, {@code {columns, rows,
 * total}} for table and {@code {points:[[x,y]]}} for scatter.
 */
public interface WidgetSource {

  /**
   * @throws BackendException INVALID when a column or expression does not work on the source,
   *     UNSUPPORTED for sources the engine cannot read
   */
  ObjectNode widget(String connectionId, SourceKind kind, String source, WidgetQuery query);
}
