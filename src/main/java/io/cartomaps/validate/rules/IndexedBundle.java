package io.cartomaps.validate.rules;

import io.cartomaps.bundle.GeoColumn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A bundle indexed once per validation: datasets by {@code $ref} and id, layers by id, widgets and
 * SQL parameters with their resolved datasets. Every accessor tolerates a malformed bundle: a part
 * of the wrong type reads as absent and is left for the schema check to report.
 */
public final class IndexedBundle {

  private final JsonNode root;
  private final JsonNode config;
  private final JsonNode visState;
  private final List<DatasetEntry> datasets;
  private final Map<String, DatasetEntry> datasetsByRef = new HashMap<>();
  private final Map<String, DatasetEntry> datasetsById = new HashMap<>();
  private final List<LayerEntry> layers;
  private final Map<String, LayerEntry> layersById = new HashMap<>();
  private final List<List<LayerEntry>> layersByDataset;
  private final List<WidgetEntry> widgets;

  private IndexedBundle(JsonNode root) {
    this.root = root;
    this.config = Nodes.object(Nodes.object(root, "keplerMapConfig"), "config");
    this.visState = Nodes.object(config, "visState");
    this.datasets = readDatasets(Nodes.array(root, "datasets"));
    for (DatasetEntry d : datasets) {
      if (d.ref() != null) {
        datasetsByRef.putIfAbsent(d.ref(), d);
      }
      if (d.id() != null) {
        datasetsById.putIfAbsent(d.id(), d);
      }
    }
    this.layers = readLayers(Nodes.array(visState, "layers"));
    this.layersByDataset = new ArrayList<>(datasets.size());
    for (int i = 0; i < datasets.size(); i++) {
      layersByDataset.add(new ArrayList<>(2));
    }
    for (LayerEntry l : layers) {
      if (l.id() != null) {
        layersById.putIfAbsent(l.id(), l);
      }
      if (l.dataset() != null) {
        layersByDataset.get(l.dataset().index()).add(l);
      }
    }
    this.widgets = readWidgets(Nodes.array(config, "widgets"));
  }

  /** Indexes {@code bundle}, which may be any JSON value. */
  public static IndexedBundle of(JsonNode bundle) {
    return new IndexedBundle(bundle);
  }

  /** The whole input. */
  JsonNode root() {
    return root;
  }

  /** {@code keplerMapConfig.config} when an object, else null. */
  JsonNode config() {
    return config;
  }

  /** {@code keplerMapConfig.config.visState} when an object, else null. */
  JsonNode visState() {
    return visState;
  }

  List<DatasetEntry> datasets() {
    return datasets;
  }

  List<LayerEntry> layers() {
    return layers;
  }

  List<WidgetEntry> widgets() {
    return widgets;
  }

  /** {@code config.sqlParameters} when an array, else null. */
  JsonNode sqlParameters() {
    return Nodes.array(config, "sqlParameters");
  }

  /** The first layer with this id, or null. */
  LayerEntry layer(String id) {
    return id == null ? null : layersById.get(id);
  }

  /** The layers whose {@code dataId} resolves to {@code dataset}. */
  List<LayerEntry> layersOf(DatasetEntry dataset) {
    return Collections.unmodifiableList(layersByDataset.get(dataset.index()));
  }

  /**
   * The dataset a reference names ({@code "$ref:<name>"} or a dataset id), or null when it names
   * none.
   */
  DatasetEntry resolve(String reference) {
    if (reference == null) {
      return null;
    }
    if (reference.startsWith("$ref:")) {
      return datasetsByRef.get(reference.substring(5));
    }
    return datasetsById.get(reference);
  }

  /** The {@code $ref} names declared by the datasets, in order. */
  List<String> declaredRefs() {
    List<String> refs = new ArrayList<>();
    for (DatasetEntry d : datasets) {
      if (d.ref() != null) {
        refs.add("$ref:" + d.ref());
      } else if (d.id() != null) {
        refs.add(d.id());
      }
    }
    return refs;
  }

  /**
   * True when the dataset is drawn from h3/quadbin cells: by its geoColumn or by a layer over it.
   */
  boolean isSpatialIndexSource(DatasetEntry dataset) {
    if (dataset.geoColumn() != null && dataset.geoColumn().isSpatialIndex()) {
      return true;
    }
    for (LayerEntry l : layersOf(dataset)) {
      if (l.isSpatialIndexType()) {
        return true;
      }
    }
    return false;
  }

  private static List<DatasetEntry> readDatasets(JsonNode array) {
    if (array == null) {
      return List.of();
    }
    List<DatasetEntry> out = new ArrayList<>(array.size());
    int i = 0;
    for (JsonNode d : array.values()) {
      out.add(
          new DatasetEntry(
              i++,
              d,
              Nodes.text(d, "$ref"),
              Nodes.text(d, "id"),
              Nodes.text(d, "type"),
              GeoColumn.parse(Nodes.text(d, "geoColumn"))));
    }
    return List.copyOf(out);
  }

  private List<LayerEntry> readLayers(JsonNode array) {
    if (array == null) {
      return List.of();
    }
    List<LayerEntry> out = new ArrayList<>(array.size());
    int i = 0;
    for (JsonNode l : array.values()) {
      String dataId = Nodes.text(Nodes.object(l, "config"), "dataId");
      out.add(
          new LayerEntry(
              i++, l, Nodes.text(l, "id"), Nodes.text(l, "type"), dataId, resolve(dataId)));
    }
    return List.copyOf(out);
  }

  private List<WidgetEntry> readWidgets(JsonNode array) {
    if (array == null) {
      return List.of();
    }
    List<WidgetEntry> out = new ArrayList<>(array.size());
    int i = 0;
    for (JsonNode w : array.values()) {
      JsonNode ds = Nodes.get(w, "dataSource");
      String source = ds != null && ds.isObject() ? Nodes.text(ds, "id") : Nodes.text(ds);
      out.add(new WidgetEntry(i++, w, Nodes.text(w, "type"), source, resolve(source)));
    }
    return List.copyOf(out);
  }
}
