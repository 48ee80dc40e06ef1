package io.cartomaps.backend.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.SourceProbe;
import io.cartomaps.backend.local.workspace.LocalConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dataset SQL is one read-only query with no session state: it is refused at the dry-run (so never
 * saved) when it would run a second statement, set a variable, touch files or links, or read system
 * tables, and no query can change what the next one sees.
 */
class DatasetSqlIsolationTest extends SharedLocalBackendTest {

  private static final String LOCAL = LocalConnection.ID;
  private static final String ESCAPE =
      "SELECT name, geom FROM samples.places) AS q WHERE 1 = 0; "
          + "SET SCHEMA_SEARCH_PATH samples; SELECT * FROM (SELECT name, geom FROM samples.places";

  @Test
  void aQueryClosingItsWrapperIsRefusedAndLeavesTheEngineWorking() {
    for (int i = 0; i < 3; i++) {
      SourceProbe p = backend.probeSource(LOCAL, SourceKind.query, ESCAPE);
      assertFalse(p.ok(), "statement after the query must be refused");
      assertTrue(p.error().contains("exactly one SELECT"), p.error());
      assertThrows(
          BackendException.class,
          () -> backend.features(LOCAL, SourceKind.query, ESCAPE, "geom", List.of(), 1));
    }
    assertTrue(backend.describeTable(LOCAL, "samples.places").extent() != null);
    ObjectNode fc =
        backend.features(LOCAL, SourceKind.table, "samples.places", "geom", List.of("name"), 2);
    assertEquals(2, fc.get("features").size());
    assertTrue(
        backend
            .probeSource(
                LOCAL, SourceKind.query, "SELECT name, ST_XMin(geom) AS x FROM samples.places")
            .ok());
  }

  @Test
  void aStatementThatIsNotAQueryIsRefusedAsSuchAndChangesNothing() {
    for (String q :
        List.of(
            "DROP TABLE samples.places",
            "DELETE FROM samples.places",
            "CREATE TABLE samples.x (a INT)")) {
      SourceProbe p = backend.probeSource(LOCAL, SourceKind.query, q);
      assertFalse(p.ok(), q);
      assertTrue(p.error().contains("exactly one SELECT"), p.error());
    }
    assertEquals(
        2,
        backend
            .features(LOCAL, SourceKind.table, "samples.places", "geom", List.of(), 2)
            .get("features")
            .size());
  }

  @Test
  void sessionVariablesCannotBeSetEvenInsideOneSelect() {
    for (String q :
        List.of(
            "SELECT SET(@v, 'x') AS x FROM samples.places",
            "SELECT name FROM samples.places WHERE SET(@v, 1) = 1",
            "SELECT LENGTH(REPEAT('x', 100000000)) AS n")) {
      SourceProbe p = backend.probeSource(LOCAL, SourceKind.query, q);
      assertFalse(p.ok(), q);
      assertTrue(
          p.error().contains("may not use") || p.error().contains("changes state"), p.error());
    }
    SourceProbe read = backend.probeSource(LOCAL, SourceKind.query, "SELECT @v AS v");
    assertTrue(read.ok(), read.error());
    ObjectNode fc = backend.features(LOCAL, SourceKind.query, "SELECT @v AS v", null, List.of(), 1);
    assertTrue(fc.get("features").get(0).get("properties").get("v").isNull());
  }

  @Test
  void fileAndLinkFunctionsAreRefusedAtTheDryRun() throws Exception {
    Path written = home.resolve("written.txt");
    for (String q :
        List.of(
            "SELECT FILE_READ('/etc/hostname') AS x",
            "SELECT \"file_read\"('/etc/hostname') AS x",
            "SELECT FILE_WRITE('x', '" + written + "') AS x",
            "SELECT CSVWRITE('" + written + "', 'SELECT 1') AS x",
            "SELECT LINK_SCHEMA('x', '', 'jdbc:h2:mem:x', '', '', 'public') AS x",
            "SELECT DATABASE_PATH() AS x")) {
      SourceProbe p = backend.probeSource(LOCAL, SourceKind.query, q);
      assertFalse(p.ok(), q);
      assertTrue(p.error().contains("may not use"), p.error());
    }
    assertFalse(Files.exists(written));
  }

  @Test
  void systemTablesAreNeitherQueriedNorDescribed() {
    SourceProbe p =
        backend.probeSource(LOCAL, SourceKind.query, "SELECT * FROM information_schema.users");
    assertFalse(p.ok());
    assertTrue(p.error().contains("information_schema.users"), p.error());
    assertFalse(backend.probeSource(LOCAL, SourceKind.table, "information_schema.tables").ok());
    BackendException e =
        assertThrows(
            BackendException.class,
            () -> backend.describeTable(LOCAL, "information_schema.tables"));
    assertEquals(BackendException.Kind.NOT_FOUND, e.kind());
    assertTrue(
        backend
            .probeSource(
                LOCAL,
                SourceKind.query,
                "WITH big AS (SELECT * FROM samples.places WHERE population > 1000000) SELECT name, geom FROM big")
            .ok());
  }
}
