package io.cartomaps.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad destinations fail before anything is written, with a message that says what to do and no
 * password.
 */
class ExportDestinationErrorsTest {

  @TempDir static Path dir;
  static Estate estate;

  @BeforeAll
  static void estate() {
    estate = new Estate(Estate.freshHome());
    estate.create(Estate.borders());
  }

  @AfterAll
  static void close() {
    estate.close();
  }

  private static ExportException exportTo(Destination d) {
    return assertThrows(
        ExportException.class,
        () ->
            new EstateExport(estate.maps)
                .run(new ExportOptions("local", d, null, false, false), ExportProgress.NONE));
  }

  @Test
  void aFileInAMissingDirectoryIsRefusedAndNothingIsCreated() {
    Path file = dir.resolve("no-such-dir").resolve("maps.duckdb");
    ExportException e = exportTo(new Destination.DuckDbFile(file));
    assertTrue(e.input());
    assertTrue(
        e.getMessage().contains("does not exist") && e.getMessage().contains("--to"),
        e.getMessage());
    assertFalse(Files.exists(file.getParent()));
  }

  @Test
  void aFileThatIsNotADuckDbDatabaseIsLeftAsItWas() throws IOException {
    Path file = dir.resolve("notes.duckdb");
    byte[] text = "not a database, just notes\n".repeat(200).getBytes();
    Files.write(file, text);
    ExportException e = exportTo(new Destination.DuckDbFile(file));
    assertEquals("DESTINATION_UNAVAILABLE", e.code());
    assertTrue(e.getMessage().startsWith("Cannot open DuckDB file " + file), e.getMessage());
    assertArrayEquals(text, Files.readAllBytes(file));
  }

  @Test
  void postgresDownSaysSoWithoutThePassword() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Destination d =
        Destination.parse("postgresql://analyst:s3cret-pw@127.0.0.1:" + port + "/gis", Map.of());
    ExportException e = exportTo(d);
    assertTrue(e.getMessage().contains("is the server running"), e.getMessage());
    assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
    assertFalse(e.getMessage().contains("s3cret-pw"), e.getMessage());
    assertFalse(d.display().contains("s3cret-pw"));
  }

  @Test
  void aWrongPasswordIsNamedAsSuchAndNothingIsWritten() {
    Destination.Postgres pg = TestDestinations.postgres();
    Destination wrong = new Destination.Postgres(pg.jdbcUrl(), pg.user(), "wrong-password-4e2f");
    String dataset = TestDestinations.freshDataset();
    ExportException e =
        assertThrows(
            ExportException.class,
            () ->
                new EstateExport(estate.maps)
                    .run(
                        new ExportOptions("local", wrong, dataset, false, false),
                        ExportProgress.NONE));
    assertTrue(e.getMessage().contains("refused the login"), e.getMessage());
    assertFalse(e.getMessage().contains("wrong-password-4e2f"), e.getMessage());
    assertEquals(
        0L,
        TestDestinations.count(
            pg,
            "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '"
                + dataset
                + "'"));
  }

  @Test
  void aBadDatasetNameOrUrlIsAnInputError() {
    ExportException name =
        assertThrows(
            ExportException.class,
            () ->
                ExportOptions.of(
                    "local", null, Map.of(), "Robert'); DROP TABLE maps;--", false, false));
    assertTrue(name.input());
    ExportException url =
        assertThrows(
            ExportException.class,
            () -> Destination.parse("postgresql://u@host/db?password=x", Map.of()));
    assertTrue(url.input());
    assertFalse(url.getMessage().contains("password=x"));
  }

  @Test
  void theDefaultDestinationIsADuckDbFileNamedLikeDlts() {
    assertEquals(
        new Destination.DuckDbFile(Path.of("carto_maps.duckdb")),
        Destination.parse(null, Map.of()));
    Destination pg =
        Destination.parse("postgresql://bob@db.example:5433/gis", Map.of("PGPASSWORD", "pw-9"));
    assertEquals(
        new Destination.Postgres("jdbc:postgresql://db.example:5433/gis", "bob", "pw-9"), pg);
    assertEquals("postgresql://db.example:5433/gis as bob", pg.display());
  }
}
