package io.cartomaps.export;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The export contract on the default destination, an embedded DuckDB file. */
class DuckDbEstateExportTest extends EstateExportContract {

  @TempDir Path dir;

  @Override
  Destination destination() {
    return new Destination.DuckDbFile(dir.resolve("estate.duckdb"));
  }
}
