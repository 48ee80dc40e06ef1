package io.cartomaps.backend.cloud.fakeorg;

import io.cartomaps.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The tables one connection can read, by lower-case fully qualified name. */
public final class TableCatalogue {

  private final Map<String, FakeTable> tables = new LinkedHashMap<>();

  public TableCatalogue(List<FakeTable> tables) {
    tables.forEach(t -> this.tables.put(t.name().toLowerCase(Locale.ROOT), t));
  }

  /**
   * The tables of the local workspace's sample data ({@code samples.places}, {@code
   * samples.countries}, …), read from the same manifest the local workspace loads, so a connection
   * of the fake organisation can serve the same sources as the local connection.
   */
  public static TableCatalogue localSamples() {
    try (InputStream in = TableCatalogue.class.getResourceAsStream("/sample-data/manifest.json")) {
      if (in == null) {
        throw new IllegalStateException("sample-data/manifest.json is not on the class path");
      }
      JsonNode manifest =
          Json.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      String schema = manifest.get("schema").asString();
      List<FakeTable> out = new ArrayList<>();
      for (JsonNode t : manifest.get("tables")) {
        List<FakeTable.Column> columns = new ArrayList<>();
        String geometryType = null;
        for (JsonNode c : t.get("columns")) {
          String raw = c.get("type").asString().toUpperCase(Locale.ROOT);
          columns.add(new FakeTable.Column(c.get("name").asString(), cartoType(raw)));
          if (raw.startsWith("GEOMETRY(")) {
            geometryType = raw.substring("GEOMETRY(".length()).split("[,)]")[0].strip();
          }
        }
        String geom = t.hasNonNull("geometryColumn") ? t.get("geometryColumn").asString() : null;
        out.add(
            new FakeTable(
                schema + "." + t.get("name").asString(),
                columns,
                geom,
                geometryType,
                t.get("rowCount").asLong()));
      }
      return new TableCatalogue(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String cartoType(String sqlType) {
    if (sqlType.startsWith("GEOMETRY")) {
      return "geometry";
    }
    if (sqlType.startsWith("BOOL")) {
      return "boolean";
    }
    if (sqlType.contains("INT")
        || sqlType.startsWith("DOUBLE")
        || sqlType.startsWith("DECIMAL")
        || sqlType.startsWith("NUMERIC")
        || sqlType.startsWith("REAL")) {
      return "number";
    }
    if (sqlType.startsWith("DATE")) {
      return "date";
    }
    if (sqlType.startsWith("TIMESTAMP")) {
      return "timestamp";
    }
    return "string";
  }

  /**
   * A table by name; quotes and backticks around the name or its parts are ignored, as a warehouse
   * does.
   */
  Optional<FakeTable> find(String name) {
    String plain = name.replace("`", "").replace("\"", "").strip().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(tables.get(plain));
  }

  List<FakeTable> all() {
    return List.copyOf(tables.values());
  }
}
