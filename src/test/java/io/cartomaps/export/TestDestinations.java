package io.cartomaps.export;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The destinations of the export tests: a DuckDB file in a temporary directory, and the PostgreSQL
 * that CI starts ({@code CARTO_MAPS_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD}) with a fresh
 * dataset name per test. Without PostgreSQL a test is skipped on a workstation and FAILS under
 * {@code CI=true}.
 */
final class TestDestinations {

  private TestDestinations() {}

  static String freshDataset() {
    return "x_"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
  }

  static Destination.Postgres postgres() {
    String url = System.getenv("CARTO_MAPS_TEST_PG_URL");
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(
            "CARTO_MAPS_TEST_PG_URL is not set: CI must start PostgreSQL for the export tests (see .ci/run).");
      }
      Assumptions.abort(
          "No test PostgreSQL (set CARTO_MAPS_TEST_PG_URL, _USER, _PASSWORD to run this test)");
    }
    Destination.Postgres pg =
        new Destination.Postgres(
            url,
            System.getenv("CARTO_MAPS_TEST_PG_USER"),
            System.getenv("CARTO_MAPS_TEST_PG_PASSWORD"));
    try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password())) {
      c.isValid(5);
    } catch (SQLException e) {
      fail("The test PostgreSQL at " + url + " is not usable: " + e.getMessage());
    }
    return pg;
  }

  /** Drops a test's dataset from PostgreSQL. */
  static void drop(Destination d, String dataset) {
    if (d instanceof Destination.Postgres) {
      try (Connection c = d.open();
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS \"" + dataset + "\" CASCADE");
        c.commit();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** Runs a query; each row as a list of values (strings for text, numbers, booleans). */
  static List<List<Object>> query(Destination d, String sql) {
    try (Connection c = d.open();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<List<Object>> rows = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          Object v = rs.getObject(i);
          row.add(v instanceof Number || v instanceof Boolean || v == null ? v : String.valueOf(v));
        }
        rows.add(row);
      }
      c.rollback();
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  static Object one(Destination d, String sql) {
    List<List<Object>> rows = query(d, sql);
    return rows.isEmpty() ? null : rows.get(0).get(0);
  }

  static long count(Destination d, String sql) {
    return ((Number) one(d, sql)).longValue();
  }
}
