package io.cartomaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The {@code maps} commands against a real local workspace: exit codes, JSON output and the round
 * trip.
 */
class MapsLifecycleCommandsTest {

  @TempDir Path home;
  private Cli cli;
  private String bundle;

  @BeforeEach
  void setUp() throws Exception {
    cli = new Cli(home);
    String connection =
        Json.parse(cli.run("maps", "agents", "status", "--json").out()).isObject()
            ? "4c0ca1d0-7e5a-4a0e-9c1e-00000000ca70"
            : null;
    bundle =
        Files.readString(Path.of("src/test/resources/bundles/minimal.json"))
            .replace("00000000-0000-0000-0000-000000000001", connection)
            .replace("my-project.retail.coffee_shops", "samples.places")
            .replace("\"columns\": [\"geom\", \"name\"]", "\"columns\": [\"geom\", \"name\"]");
  }

  private String create() {
    Cli.Result r = cli.input(bundle, "maps", "create", "-", "--json");
    assertEquals(0, r.exit(), r.out() + r.err());
    return Json.parse(r.out()).get("id").asString();
  }

  @Test
  void createThenListFindsTheMap() {
    String id = create();
    Cli.Result list = cli.run("maps", "list");
    assertEquals(0, list.exit());
    assertTrue(list.out().contains(id), list.out());
    assertTrue(list.out().contains("1 of 1 maps (profile local)"), list.out());
  }

  @Test
  void getJsonPipesStraightBackIntoUpdate() {
    String id = create();
    Cli.Result got = cli.run("maps", "get", id, "--json");
    assertEquals(0, got.exit(), got.err());
    JsonNode b = Json.parse(got.out());
    assertEquals(id, b.get("id").asString());
    Cli.Result upd = cli.input(got.out(), "maps", "update", id, "-");
    assertEquals(0, upd.exit(), upd.out() + upd.err());
    assertEquals(b, Json.parse(cli.run("maps", "get", id, "--json").out()));
  }

  @Test
  void invalidBundleExitsOneAndCreatesNothing() {
    Cli.Result r =
        cli.input(
            bundle.replace("\"$ref:shops\"", "\"$ref:nope\"").replace("\"tileset\"", "\"point\""),
            "maps",
            "create");
    assertEquals(1, r.exit(), r.out() + r.err());
    assertTrue(r.err().contains("error: The bundle has"), r.err());
    assertTrue(cli.run("maps", "list").out().contains("0 of 0 maps"));
  }

  @Test
  void malformedJsonExitsTwoNamingLineAndColumn() {
    Cli.Result r = cli.input("{\n  \"title\": \"x\",\n  oops\n}", "maps", "create", "-");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("line 3"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void errorsInJsonModeAreOneJsonObjectOnStdout() {
    Cli.Result r = cli.run("maps", "get", "no-such-map", "--json");
    assertEquals(1, r.exit());
    JsonNode err = Json.parse(r.out());
    assertEquals("NOT_FOUND", err.at("/error/code").asString());
  }

  @Test
  void dryRunPrintsThePlanAndWritesNothing() {
    String id = create();
    Cli.Result r = cli.input("{\"title\":\"Renamed\"}", "maps", "update", id, "-", "--dry-run");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("- set title"), r.out());
    assertEquals(
        "Coffee shops",
        Json.parse(cli.run("maps", "get", id, "--json").out()).get("title").asString());
  }

  @Test
  void deleteAsksForTheWordDeleteUnlessYes() {
    String id = create();
    Cli.Result refused = cli.input("no\n", "maps", "delete", id);
    assertEquals(1, refused.exit());
    assertTrue(refused.err().contains("Not deleted"), refused.err());
    Cli.Result confirmed = cli.input("delete\n", "maps", "delete", id);
    assertEquals(0, confirmed.exit(), confirmed.err());
    assertEquals(1, cli.run("maps", "get", id).exit());
  }

  @Test
  void publishClearsTheUnpublishedWarningOfASharedMap() {
    String id = create();
    Cli.Result shared = cli.input("{\"privacy\":\"shared\"}", "maps", "update", id, "-", "--json");
    assertTrue(shared.out().contains("UNPUBLISHED_SHARED_MAP"), shared.out());
    Cli.Result published = cli.run("maps", "publish", id, "--json");
    assertEquals(0, published.exit());
    assertFalse(published.out().contains("UNPUBLISHED_SHARED_MAP"), published.out());
    assertTrue(
        published.out().contains("LOCAL_ONLY_SHARING") && published.out().contains("copy_map"),
        "a shared local map is visible on this machine only, and the result says how to publish for a team");
  }

  @Test
  void verifyRemoteFailsOnATableTheConnectionCannotRead() {
    Cli.Result r =
        cli.input(
            bundle.replace("samples.places", "samples.nope"), "maps", "verify-remote", "--json");
    assertEquals(1, r.exit());
    assertEquals("SOURCE_INACCESSIBLE", Json.parse(r.out()).at("/errors/0/code").asString());
  }

  @Test
  void copyRefusesAMalformedConnectionMapping() {
    String id = create();
    Cli.Result r =
        cli.run("maps", "copy", id, "--dest-profile", "local", "--connection-mapping", "a=");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("src=dst pairs"), r.err());
  }

  @Test
  void copyToTheSameProfileMakesANewMap() {
    String id = create();
    Cli.Result r =
        cli.run("maps", "copy", id, "--dest-profile", "local", "--title", "Copy", "--json");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertFalse(Json.parse(r.out()).get("id").asString().equals(id));
  }

  @Test
  void unknownProfileNamesTheKnownOnes() {
    Cli.Result r = cli.run("maps", "list", "--profile", "nope");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("local"), r.err());
  }

  @Test
  void agentsStatusTellsTheLocalProfileHasNoAgents() {
    Cli.Result r = cli.run("maps", "agents", "status", "--json");
    assertEquals(0, r.exit());
    assertFalse(Json.parse(r.out()).get("enabled").asBoolean());
  }

  @Test
  void datasetsUpdatePatchesOneDatasetFromFlags() {
    String id = create();
    String datasetId =
        Json.parse(cli.run("maps", "get", id, "--json").out()).at("/datasets/0/id").asString();
    Cli.Result r =
        cli.run("maps", "datasets", "update", id, datasetId, "--unique-id-property", "name");
    assertEquals(0, r.exit(), r.out() + r.err());
    assertEquals(
        "name",
        Json.parse(cli.run("maps", "get", id, "--json").out())
            .at("/datasets/0/uniqueIdProperty")
            .asString());
  }

  @Test
  void pageSizeOverTheLimitIsAUsageErrorNamingTheRange() {
    Cli.Result r = cli.run("maps", "list", "--page-size", "500");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("--page-size must be an integer from 1 to 100"), r.err());
  }

  @Test
  void malformedTagsAreAUsageError() {
    Cli.Result r = cli.run("maps", "list", "--tags", "[\"demo\"");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("JSON array"), r.err());
  }
}
