package io.cartomaps.backend.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.Column;
import io.cartomaps.backend.FeatureSource;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.SourceProbe;
import io.cartomaps.backend.TableInfo;
import io.cartomaps.backend.TableRef;
import io.cartomaps.backend.local.data.SampleManifest;
import io.cartomaps.backend.local.workspace.LocalConnection;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The local data connection: the shipped sample tables, probes, descriptions and features for the
 * renderer.
 */
class LocalSampleDataTest extends SharedLocalBackendTest {

  private static final String LOCAL = LocalConnection.ID;

  // ---- tables ----

  @Test
  void listsTheSampleTables() {
    assertEquals(
        List.of(
            "samples.borders",
            "samples.countries",
            "samples.places",
            "samples.places_h3",
            "samples.places_quadbin"),
        backend.listTables(LOCAL, null).stream().map(TableRef::name).toList());
    assertEquals(
        List.of("samples.places", "samples.places_h3", "samples.places_quadbin"),
        backend.listTables(LOCAL, "Samples.Pl").stream().map(TableRef::name).toList());
    assertEquals(List.of(), backend.listTables(LOCAL, "public"));
    assertTrue(backend.listTables(LOCAL, "").stream().allMatch(t -> t.kind().equals("table")));
  }

  @Test
  void everyShippedTableLoadsAllItsRows() {
    SampleManifest manifest = SampleManifest.load();
    assertEquals(5, manifest.tables().size());
    for (SampleManifest.Table table : manifest.tables()) {
      assertTrue(table.rowCount() > 0, table.name());
      assertEquals(
          table.rowCount(),
          backend.describeTable(LOCAL, "samples." + table.name()).rowCount(),
          table.name());
    }
  }

  @Test
  void countriesArePolygonsWithIsoCodesContinentAndArea() {
    TableInfo t = backend.describeTable(LOCAL, "samples.countries");
    assertEquals("geom", t.geoColumn());
    assertEquals("polygon", t.geometryType());
    assertTrue(t.rowCount() > 200, "rows " + t.rowCount());
    assertTrue(
        t.columns()
            .containsAll(
                List.of(
                    new Column("name", "string"),
                    new Column("iso_a3", "string"),
                    new Column("continent", "string"),
                    new Column("area_km2", "number"),
                    new Column("geom", "geometry"))),
        t.columns().toString());
    assertWorldExtent(t.extent());
  }

  @Test
  void placesArePointsWithCountryAndPopulation() {
    TableInfo t = backend.describeTable(LOCAL, "places");
    assertEquals("samples.places", t.name());
    assertEquals("point", t.geometryType());
    assertTrue(t.rowCount() > 5000, "rows " + t.rowCount());
    assertTrue(
        t.columns()
            .containsAll(
                List.of(
                    new Column("name", "string"),
                    new Column("country", "string"),
                    new Column("population", "number"),
                    new Column("is_capital", "boolean"))),
        t.columns().toString());
    assertWorldExtent(t.extent());
  }

  @Test
  void bordersAreLines() {
    TableInfo t = backend.describeTable(LOCAL, "SAMPLES.BORDERS");
    assertEquals("line", t.geometryType());
    assertTrue(t.rowCount() > 100, "rows " + t.rowCount());
    assertWorldExtent(t.extent());
  }

  @Test
  void h3TableIsPreIndexedWithAStringCellColumn() {
    TableInfo t = backend.describeTable(LOCAL, "\"samples\".\"places_h3\"");
    assertEquals("h3", t.geoColumn());
    assertEquals("h3", t.geometryType());
    assertTrue(t.rowCount() > 1000, "rows " + t.rowCount());
    assertEquals(new Column("h3", "string"), t.columns().get(0));
    assertWorldExtent(t.extent());
  }

  @Test
  void quadbinTableIsPreIndexedWithANumericCellColumn() {
    TableInfo t = backend.describeTable(LOCAL, "samples.places_quadbin");
    assertEquals("quadbin", t.geoColumn());
    assertEquals("quadbin", t.geometryType());
    assertTrue(t.rowCount() > 500, "rows " + t.rowCount());
    assertEquals(new Column("quadbin", "number"), t.columns().get(0));
    assertWorldExtent(t.extent());
  }

  @Test
  void cellTablesAddUpToThePopulationOfThePlaces() {
    long places =
        sum(
            backend.features(
                LOCAL,
                SourceKind.table,
                "samples.places",
                "geom",
                List.of("population"),
                FeatureSource.MAX_FEATURES));
    assertEquals(
        places,
        sum(
            backend.features(
                LOCAL,
                SourceKind.table,
                "samples.places_h3",
                "h3:h3",
                List.of("population"),
                FeatureSource.MAX_FEATURES)));
    assertEquals(
        places,
        sum(
            backend.features(
                LOCAL,
                SourceKind.table,
                "samples.places_quadbin",
                "quadbin:quadbin",
                List.of("population"),
                FeatureSource.MAX_FEATURES)));
  }

  @Test
  void unknownTablesAreNotFoundAndBadNamesInvalid() {
    BackendException e =
        assertThrows(BackendException.class, () -> backend.describeTable(LOCAL, "samples.rivers"));
    assertEquals(BackendException.Kind.NOT_FOUND, e.kind());
    assertTrue(e.getMessage().contains("samples.places"), e.getMessage());
    for (String bad :
        List.of(
            "samples.places; DROP TABLE samples.places",
            "`samples.places`",
            "a.b.c",
            "",
            "samples.\"unclosed")) {
      assertEquals(
          BackendException.Kind.INVALID,
          assertThrows(BackendException.class, () -> backend.describeTable(LOCAL, bad), bad).kind(),
          bad);
    }
    assertEquals(5, backend.listTables(LOCAL, "").size());
  }

  @Test
  void unknownConnectionsAreNotFoundNamingTheLocalOne() {
    BackendException e =
        assertThrows(BackendException.class, () -> backend.listTables("c-1", null));
    assertEquals(BackendException.Kind.NOT_FOUND, e.kind());
    assertTrue(e.getMessage().contains(LOCAL), e.getMessage());
    assertEquals(
        BackendException.Kind.NOT_FOUND,
        assertThrows(BackendException.class, () -> backend.describeTable("c-1", "places")).kind());
    assertEquals(
        BackendException.Kind.NOT_FOUND,
        assertThrows(
                BackendException.class,
                () -> backend.features("c-1", SourceKind.table, "places", "geom", List.of(), 1))
            .kind());
  }

  // ---- probes ----

  @Test
  void probesATableWithCartoTypes() {
    SourceProbe p = backend.probeSource(LOCAL, SourceKind.table, "samples.places_quadbin");
    assertTrue(p.ok(), p.error());
    assertEquals(
        List.of(
            new Column("quadbin", "number"),
            new Column("population", "number"),
            new Column("places", "number"),
            new Column("largest_place", "string")),
        p.columns());
  }

  @Test
  void probesAQueryWithEveryCartoType() {
    SourceProbe p =
        backend.probeSource(
            LOCAL,
            SourceKind.query,
            "SELECT name, population, is_capital, "
                + "DATE '2024-01-01' AS d, TIMESTAMP '2024-01-01 10:00:00' AS ts, geom, "
                + "ST_Buffer(geom, 1) AS area FROM places WHERE population > 1000000; -- trailing comment");
    assertTrue(p.ok(), p.error());
    assertEquals(
        List.of(
            new Column("name", "string"),
            new Column("population", "number"),
            new Column("is_capital", "boolean"),
            new Column("d", "date"),
            new Column("ts", "timestamp"),
            new Column("geom", "geometry"),
            new Column("area", "geometry")),
        p.columns());
  }

  @Test
  void failingProbesReportTheEnginesErrorOnOneLine() {
    for (String query :
        List.of(
            "SELECT nme FROM samples.places",
            "SELECT * FROM samples.rivers",
            "SELEC 1",
            "SELECT 1 FROM\nsamples.places WHERE")) {
      SourceProbe p = backend.probeSource(LOCAL, SourceKind.query, query);
      assertFalse(p.ok(), query);
      assertFalse(
          p.error().contains("\n")
              || p.error().contains("SQL statement")
              || p.error().contains("[4")
              || p.error().contains("WHERE 1 = 0"),
          p.error());
    }
    assertEquals(
        "Syntax error in the SQL near \"SELECT name FROM samples.places WHERE[*]\" ([*] marks where)",
        backend
            .probeSource(LOCAL, SourceKind.query, "SELECT name FROM samples.places WHERE")
            .error()
            .replaceAll("; expected .*", ""));
    assertEquals(
        "Column \"nme\" not found",
        backend.probeSource(LOCAL, SourceKind.query, "SELECT nme FROM samples.places").error());
    assertFalse(backend.probeSource(LOCAL, SourceKind.table, "samples.rivers").ok());
    assertFalse(backend.probeSource(LOCAL, SourceKind.query, " ; ").ok());
  }

  @Test
  void tilesetsAndUnknownConnectionsFailTheProbeWithAReason() {
    SourceProbe tileset = backend.probeSource(LOCAL, SourceKind.tileset, "samples.places");
    assertFalse(tileset.ok());
    assertTrue(tileset.error().contains("no tilesets"), tileset.error());
    SourceProbe other = backend.probeSource("c-1", SourceKind.table, "samples.places");
    assertFalse(other.ok());
    assertTrue(other.error().contains("'local'") && other.error().contains(LOCAL), other.error());
  }

  // ---- SQL safety ----

  @Test
  void datasetSqlCannotChangeTheSampleData() {
    SourceProbe p =
        backend.probeSource(
            LOCAL, SourceKind.query, "SELECT 1 AS x) q; CREATE TABLE samples.evil(a INT); --");
    assertFalse(p.ok());
    assertThrows(
        BackendException.class,
        () ->
            backend.features(
                LOCAL,
                SourceKind.query,
                "SELECT 1 AS x) q; DELETE FROM samples.places; --",
                null,
                List.of(),
                1));
    assertEquals(5, backend.listTables(LOCAL, "").size());
    assertEquals(
        backend.describeTable(LOCAL, "samples.places").rowCount(),
        backend
            .features(
                LOCAL,
                SourceKind.table,
                "samples.places",
                null,
                List.of("name"),
                FeatureSource.MAX_FEATURES)
            .get("features")
            .size());
  }

  @Test
  void datasetSqlCannotReadFilesReachTheNetworkOrTheMapsStore() {
    for (String query :
        List.of(
            "SELECT FILE_READ('/etc/hostname') AS x",
            "SELECT * FROM CSVREAD('/etc/hostname')",
            "SELECT GEOJSONWRITE('/tmp/leak.geojson', 'samples.places') AS x",
            "SELECT ST_OSMDownloader(ST_MakeEnvelope(0, 0, 1, 1), '/tmp/x.osm') AS x",
            "SELECT * FROM maps",
            "SELECT * FROM public.maps")) {
      BackendException e =
          assertThrows(
              BackendException.class,
              () -> backend.features(LOCAL, SourceKind.query, query, null, List.of(), 1),
              query);
      assertEquals(BackendException.Kind.INVALID, e.kind(), query);
    }
  }

  // ---- features ----

  @Test
  void pointFeaturesCarryOnlyTheListedColumns() {
    ObjectNode fc =
        backend.features(
            LOCAL,
            SourceKind.table,
            "samples.places",
            "geom",
            List.of("name", "population", "geom"),
            5);
    assertEquals("FeatureCollection", fc.get("type").asString());
    assertEquals(5, fc.get("features").size());
    JsonNode f = fc.get("features").get(0);
    assertEquals("Feature", f.get("type").asString());
    assertEquals("Point", f.get("geometry").get("type").asString());
    assertEquals(2, f.get("geometry").get("coordinates").size());
    assertEquals(List.of("name", "population"), List.copyOf(f.get("properties").propertyNames()));
    assertTrue(f.get("properties").get("population").isIntegralNumber());
  }

  @Test
  void polygonFeaturesWithAllColumnsWhenNoneAreListed() {
    ObjectNode fc =
        backend.features(LOCAL, SourceKind.table, "samples.countries", "geom", List.of(), 3);
    JsonNode f = fc.get("features").get(0);
    assertEquals("MultiPolygon", f.get("geometry").get("type").asString());
    assertEquals(
        List.of("name", "iso_a2", "iso_a3", "iso_n3", "continent", "area_km2"),
        List.copyOf(f.get("properties").propertyNames()));
  }

  @Test
  void lineFeaturesFromAQuery() {
    ObjectNode fc =
        backend.features(
            LOCAL,
            SourceKind.query,
            "SELECT country_a, country_b, length_km, geom FROM samples.borders WHERE length_km > 1000",
            "geom",
            List.of("country_a", "length_km"),
            10);
    assertEquals(10, fc.get("features").size());
    for (JsonNode f : fc.get("features")) {
      assertEquals("MultiLineString", f.get("geometry").get("type").asString());
      assertTrue(f.get("properties").get("length_km").asLong() > 1000);
    }
  }

  @Test
  void preIndexedH3FeaturesAreCellIdsWithoutGeometry() {
    ObjectNode fc =
        backend.features(LOCAL, SourceKind.table, "samples.places_h3", "h3:h3", List.of(), 20);
    assertEquals(20, fc.get("features").size());
    for (JsonNode f : fc.get("features")) {
      assertTrue(f.get("id").asString().matches("8[0-9a-f]{14}"), f.get("id").asString());
      assertTrue(f.get("geometry").isNull());
      assertFalse(f.get("properties").has("h3"));
      assertTrue(f.get("properties").has("population"));
    }
  }

  @Test
  void preIndexedQuadbinFeaturesAreDecimalCellIds() {
    ObjectNode fc =
        backend.features(
            LOCAL,
            SourceKind.query,
            "SELECT * FROM samples.places_quadbin",
            "quadbin:quadbin",
            List.of("population", "quadbin"),
            20);
    for (JsonNode f : fc.get("features")) {
      long cell = Long.parseLong(f.get("id").asString());
      assertEquals(7, (cell >> 52) & 0x1f, "resolution of " + cell);
      assertTrue(f.get("geometry").isNull());
      assertEquals(List.of("population"), List.copyOf(f.get("properties").propertyNames()));
    }
  }

  @Test
  void dynamicBinningReturnsThePoints() {
    for (String geo : List.of("h3:geom", "quadbin:geom")) {
      ObjectNode fc =
          backend.features(
              LOCAL, SourceKind.table, "samples.places", geo, List.of("population"), 4);
      assertEquals(4, fc.get("features").size());
      assertEquals("Point", fc.get("features").get(0).get("geometry").get("type").asString(), geo);
    }
  }

  @Test
  void limitIsCappedAtTheMaximum() {
    ObjectNode fc =
        backend.features(
            LOCAL,
            SourceKind.query,
            "SELECT p.name, c.name AS country FROM samples.places p CROSS JOIN samples.countries c",
            null,
            List.of(),
            1_000_000);
    assertEquals(FeatureSource.MAX_FEATURES, fc.get("features").size());
    assertTrue(fc.get("features").get(0).get("geometry").isNull());
  }

  @Test
  void badFeatureRequestsAreRefusedClearly() {
    BackendException missingColumn =
        assertThrows(
            BackendException.class,
            () ->
                backend.features(
                    LOCAL, SourceKind.table, "samples.places", "geom", List.of("name", "pop"), 1));
    assertEquals(BackendException.Kind.INVALID, missingColumn.kind());
    assertTrue(
        missingColumn.getMessage().contains("pop")
            && missingColumn.getMessage().contains("population"),
        missingColumn.getMessage());
    BackendException notGeometry =
        assertThrows(
            BackendException.class,
            () ->
                backend.features(LOCAL, SourceKind.table, "samples.places", "name", List.of(), 1));
    assertTrue(notGeometry.getMessage().contains("not a geometry"), notGeometry.getMessage());
    assertEquals(
        BackendException.Kind.INVALID,
        assertThrows(
                BackendException.class,
                () ->
                    backend.features(
                        LOCAL, SourceKind.table, "samples.places", "geometry", List.of(), 1))
            .kind());
    assertEquals(
        BackendException.Kind.INVALID,
        assertThrows(
                BackendException.class,
                () ->
                    backend.features(
                        LOCAL, SourceKind.table, "samples.places", "geom", List.of(), 0))
            .kind());
    assertEquals(
        BackendException.Kind.UNSUPPORTED,
        assertThrows(
                BackendException.class,
                () ->
                    backend.features(
                        LOCAL, SourceKind.tileset, "samples.places", "geom", List.of(), 1))
            .kind());
    BackendException badSql =
        assertThrows(
            BackendException.class,
            () ->
                backend.features(
                    LOCAL,
                    SourceKind.query,
                    "SELECT nme FROM samples.places",
                    "geom",
                    List.of(),
                    1));
    assertEquals(BackendException.Kind.INVALID, badSql.kind());
    assertTrue(badSql.getMessage().endsWith("Column \"nme\" not found"), badSql.getMessage());
  }

  private static long sum(ObjectNode featureCollection) {
    long total = 0;
    for (JsonNode f : featureCollection.get("features")) {
      total += f.get("properties").get("population").asLong();
    }
    return total;
  }

  private static void assertWorldExtent(double[] e) {
    assertEquals(4, e.length);
    assertTrue(e[0] >= -180 && e[2] <= 180 && e[0] < e[2], "west/east " + e[0] + " " + e[2]);
    assertTrue(e[1] >= -90 && e[3] <= 90 && e[1] < e[3], "south/north " + e[1] + " " + e[3]);
    // Every table spans the Americas to East Asia: Tokyo and Mexico City are inside.
    assertTrue(
        e[0] < -99 && e[2] > 139, "extent misses a continent: " + java.util.Arrays.toString(e));
    assertTrue(
        e[1] < 19 && e[3] > 35, "extent misses a continent: " + java.util.Arrays.toString(e));
  }
}
