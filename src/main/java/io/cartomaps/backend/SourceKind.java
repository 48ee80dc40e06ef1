package io.cartomaps.backend;

/** What a dataset's {@code source} names: a table, a SQL query, a tileset or a raster. */
public enum SourceKind {
  table,
  query,
  tileset,
  raster;

  /** The kind named by a dataset {@code type}, or null for an unknown type. */
  public static SourceKind of(String datasetType) {
    for (SourceKind k : values()) {
      if (k.name().equals(datasetType)) {
        return k;
      }
    }
    return null;
  }
}
