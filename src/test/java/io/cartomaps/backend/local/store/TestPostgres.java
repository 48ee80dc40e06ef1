package io.cartomaps.backend.local.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL that CI starts ({@code CARTO_MAPS_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD});
 * each call gives a fresh empty schema, so tests never see each other's maps. Without it a test is
 * skipped on a workstation and FAILS under {@code CI=true}, so a missing database can never pass
 * for a green run.
 */
public final class TestPostgres {

  private TestPostgres() {}

  /** Environment for a server process whose maps live in a fresh schema of the test database. */
  public static Map<String, String> freshStoreEnvironment() {
    StoreLocation l = freshSchema();
    return Map.of(
        StoreLocation.URL_ENV,
        l.url(),
        StoreLocation.USER_ENV,
        l.user(),
        StoreLocation.PASSWORD_ENV,
        l.password());
  }

  static StoreLocation freshSchema() {
    String url = System.getenv("CARTO_MAPS_TEST_PG_URL");
    String user = System.getenv("CARTO_MAPS_TEST_PG_USER");
    String password = System.getenv("CARTO_MAPS_TEST_PG_PASSWORD");
    if (url == null || url.isBlank()) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(
            "CARTO_MAPS_TEST_PG_URL is not set: CI must start PostgreSQL for the shared-store tests (see .ci/run).");
      }
      Assumptions.abort(
          "No test PostgreSQL (set CARTO_MAPS_TEST_PG_URL, _USER, _PASSWORD to run this test)");
    }
    String schema =
        "t_"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 16)
                .toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      fail("The test PostgreSQL at " + url + " is not usable: " + e.getMessage());
    }
    return new StoreLocation(
        url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
  }
}
