package io.cartomaps.maps;

import static io.cartomaps.maps.FakeOrgProfiles.CLOUD;
import static io.cartomaps.maps.FakeOrgProfiles.LOCAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.DataProfile;
import io.cartomaps.backend.DataProfile.ColumnStats;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Statistics and sample rows of a table, a query and a cell table, in one shape for the local
 * workspace and a CARTO organisation (whose statements go through the SQL API).
 */
class DataProfileTest extends FakeOrgMapsTest {

  private static ColumnStats column(DataProfile p, String name) {
    return p.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aTableGivesNumbersTextAndSampleRows() {
    DataProfile p = maps.profile(LOCAL, null, SourceKind.table, "samples.places");
    assertEquals(9062, p.rowCount());
    ColumnStats population = column(p, "population");
    assertEquals("number", population.type());
    assertEquals(0, population.nulls());
    assertTrue(population.min().asLong() >= 50_000, population.toString());
    assertTrue(population.max().asLong() > 10_000_000, population.toString());
    assertTrue(
        population.mean() > population.min().asDouble()
            && population.mean() < population.max().asDouble());
    assertNull(population.top());
    ColumnStats country = column(p, "country");
    assertTrue(country.distinct() > 100, country.toString());
    assertEquals(DataProfile.TOP_VALUES, country.top().size());
    assertTrue(country.top().get(0).count() >= country.top().get(1).count());
    assertEquals(DataProfile.SAMPLE_ROWS, p.sample().size());
    String geom = p.sample().get(0).get("geom").asString();
    assertTrue(geom.length() <= DataProfile.MAX_TEXT, geom);
    assertTrue(Json.compact(p).length() < 6_000, "bounded: " + Json.compact(p).length());
  }

  @Test
  void aQueryAndACellTableGiveTheSameShape() {
    DataProfile q =
        maps.profile(
            LOCAL,
            null,
            SourceKind.query,
            "SELECT name, population FROM samples.places WHERE population > 5000000");
    assertEquals(
        List.of("name", "population"), q.columns().stream().map(ColumnStats::name).toList());
    assertTrue(q.rowCount() > 10 && q.rowCount() < 200, "rows " + q.rowCount());
    assertTrue(column(q, "population").min().asLong() > 5_000_000);
    DataProfile cells = maps.profile(LOCAL, null, SourceKind.table, "samples.places_h3");
    assertTrue(column(cells, "population").max().asLong() > 0);
    assertTrue(column(cells, "h3").distinct() > 100);
  }

  @Test
  void theOrganisationAnswersThroughTheSqlApiInTheSameShape() {
    DataProfile local = maps.profile(LOCAL, null, SourceKind.table, "samples.places");
    profiles.org.clearRequests();
    DataProfile cloud = maps.profile(CLOUD, "local", SourceKind.table, "samples.places");
    assertEquals(
        local.columns().stream().map(c -> c.name() + ":" + c.type()).toList(),
        cloud.columns().stream().map(c -> c.name() + ":" + c.type()).toList());
    assertEquals(9062, cloud.rowCount());
    long statements =
        profiles.org.requests().stream().filter(r -> r.toString().contains("/v3/sql/")).count();
    assertEquals(
        1 + 1 + 3 + 1,
        statements,
        "probe, aggregates, top values of 3 text columns, sample: " + profiles.org.requests());
  }

  @Test
  void aBrokenQueryIsAClearError() {
    BackendException e =
        assertThrows(
            BackendException.class,
            () -> maps.profile(LOCAL, null, SourceKind.query, "SELECT nope FROM samples.places"));
    assertTrue(e.getMessage().contains("nope"), e.getMessage());
  }
}
