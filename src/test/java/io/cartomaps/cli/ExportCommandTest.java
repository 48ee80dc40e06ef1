package io.cartomaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code maps export} as a person runs it: summary on stdout, progress on stderr, clear errors with
 * exit codes.
 */
class ExportCommandTest {

  @TempDir Path home;

  @Test
  void exportsTheLocalProfileThenOnlyWhatChangedAndListsByUse() throws Exception {
    Cli cli = new Cli(home);
    String bundle = Files.readString(Path.of("src/test/resources/bundles/samples.json"));
    assertEquals(0, cli.input(bundle, "maps", "create", "-", "--json").exit());
    Path file = home.resolve("estate.duckdb");

    Cli.Result first = cli.run("maps", "export", "--to", file.toString(), "--json");
    assertEquals(0, first.exit(), first.out() + first.err());
    JsonNode summary = Json.parse(first.out());
    assertEquals(1, summary.get("loaded").asInt());
    assertEquals("carto_maps_dataset", summary.get("dataset").asString());
    assertTrue(first.err().contains("loading: 1 of 1 changed maps"), first.err());
    assertTrue(Files.exists(file));

    Cli.Result again = cli.run("maps", "export", "--to", "duckdb:" + file);
    assertEquals(0, again.exit(), again.err());
    assertTrue(
        again.out().startsWith("Loaded 0 maps (1 unchanged, 0 deleted) of profile local"),
        again.out());

    Cli.Result uses = cli.run("maps", "list", "--uses", "samples.countries");
    assertEquals(0, uses.exit(), uses.err());
    assertTrue(uses.out().contains("1 of 1 maps"), uses.out());
    assertTrue(cli.run("maps", "list", "--uses", "samples.nothing").out().contains("0 of 0 maps"));
  }

  @Test
  void aBadDestinationIsAnInputErrorWithJson() {
    Cli cli = new Cli(home);
    Cli.Result r =
        cli.run(
            "maps", "export", "--to", home.resolve("missing/dir/x.duckdb").toString(), "--json");
    assertEquals(2, r.exit(), r.out() + r.err());
    assertEquals(
        "DESTINATION_UNWRITABLE", Json.parse(r.out()).path("error").path("code").asString());
    Cli.Result down = cli.run("maps", "export", "--to", "postgresql://u:pw-77@127.0.0.1:1/db");
    assertEquals(3, down.exit());
    assertTrue(down.err().startsWith("error: Cannot reach PostgreSQL"), down.err());
    assertTrue(!down.err().contains("pw-77"), down.err());
  }
}
