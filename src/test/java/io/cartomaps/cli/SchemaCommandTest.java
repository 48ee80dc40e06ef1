package io.cartomaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import io.cartomaps.validate.SchemaSections;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** {@code maps schema [section] [--json]}, driven in-process. */
class SchemaCommandTest {

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    CommandLine cl = RootCommand.commandLine(new PrintStream(out, true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  @Test
  void listsEverySectionWithItsDescription() {
    Run r = run("maps", "schema");
    assertEquals(0, r.exitCode(), r.err());
    List<String> lines = r.out().lines().toList();
    List<String> names = SchemaSections.get().names();
    assertEquals(names.size(), lines.size(), r.out());
    for (int i = 0; i < names.size(); i++) {
      assertTrue(lines.get(i).startsWith(names.get(i) + " "), lines.get(i));
      assertTrue(
          lines.get(i).endsWith(SchemaSections.get().description(names.get(i))), lines.get(i));
    }
  }

  @Test
  void listsSectionsAsJson() {
    Run r = run("maps", "schema", "--json");
    assertEquals(0, r.exitCode(), r.err());
    JsonNode list = Json.parse(r.out());
    assertEquals(SchemaSections.get().names().size(), list.size());
    assertEquals("bundle", list.get(0).path("name").asString());
    assertEquals(
        SchemaSections.get().description("bundle"), list.get(0).path("description").asString());
  }

  @Test
  void printsOneSectionAsPrettyJson() {
    Run r = run("maps", "schema", "layer.h3");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().lines().count() > 3, "pretty-printed");
    assertEquals(SchemaSections.get().section("layer.h3"), Json.parse(r.out()));
  }

  @Test
  void printsOneSectionCompactWithJsonAndAcceptsAliases() {
    Run r = run("maps", "schema", "popupSettings", "--json");
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(1, r.out().lines().count());
    assertEquals(SchemaSections.get().section("popupsettings"), Json.parse(r.out()));
    assertEquals(
        SchemaSections.get().section("layer.tileset"),
        Json.parse(run("maps", "schema", "layers").out()));
  }

  @Test
  void unknownSectionExitsTwoWithOneLineNamingTheValidSections() {
    Run r = run("maps", "schema", "widget");
    assertEquals(2, r.exitCode());
    assertEquals("", r.out());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("error: Unknown schema section 'widget'."), r.err());
    assertTrue(r.err().contains("Did you mean 'widgets'?"), r.err());
    assertTrue(r.err().contains("layer.heatmapTile"), r.err());
  }
}
