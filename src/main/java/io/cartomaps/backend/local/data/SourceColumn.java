package io.cartomaps.backend.local.data;

import io.cartomaps.backend.Column;

/** A column a source returns, with the engine's type and the CARTO type derived from it. */
record SourceColumn(String name, int jdbcType, String typeName) {

  String cartoType() {
    return CartoTypes.of(jdbcType, typeName);
  }

  boolean isGeometry() {
    return cartoType().equals("geometry");
  }

  Column toColumn() {
    return new Column(name, cartoType());
  }
}
