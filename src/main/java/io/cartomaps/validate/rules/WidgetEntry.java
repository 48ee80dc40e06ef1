package io.cartomaps.validate.rules;

import tools.jackson.databind.JsonNode;

/**
 * One element of {@code config.widgets[]}, read once.
 *
 * @param index position in {@code widgets[]}
 * @param node the widget object
 * @param type its {@code type}, or null
 * @param source its {@code dataSource} as a string (or the {@code id} of an object form), or null
 * @param dataset the dataset {@code source} resolves to, or null
 */
record WidgetEntry(int index, JsonNode node, String type, String source, DatasetEntry dataset) {

  String path() {
    return Pointer.of(Pointer.WIDGETS, index);
  }

  String path(Object... segments) {
    return Pointer.of(path(), segments);
  }

  String label() {
    String id = Nodes.text(node, "id");
    return id != null ? "widget '" + id + "'" : "widgets[" + index + "]";
  }
}
