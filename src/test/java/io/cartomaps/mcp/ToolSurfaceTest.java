package io.cartomaps.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import io.cartomaps.json.Json;
import io.cartomaps.mcp.server.ToolCatalog;
import io.cartomaps.mcp.server.ToolDocs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pins the MCP surface a model sees: its size in o200k tokens (a budget), a snapshot of names,
 * descriptions and schemas (so every change is deliberate), client-compatibility rules, and the
 * generated docs/tools.md. Refresh the snapshot and docs with {@code -Dupdate.surface=true}.
 */
class ToolSurfaceTest {

  /** The whole tools/list as a model sees it (name, description, input schema) stays under this. */
  static final int TOKEN_BUDGET = 2_500;

  private static final Path SNAPSHOT = Path.of("src/test/resources/tool-surface.json");
  private static final Path DOCS = Path.of("docs/tools.md");
  private static final boolean UPDATE = Boolean.getBoolean("update.surface");

  private final List<ToolDef> defs = ToolCatalog.definitions();

  @Test
  void modelFacingToolListStaysWithinTheTokenBudget() {
    int tokens = modelFacingTokens();
    System.err.println(
        "tools/list model-facing o200k tokens: " + tokens + " for " + defs.size() + " tools");
    assertTrue(tokens <= TOKEN_BUDGET, tokens + " tokens > budget " + TOKEN_BUDGET);
  }

  @Test
  void surfaceMatchesTheSnapshot() throws Exception {
    String current = Json.pretty(surface()) + "\n";
    if (UPDATE) {
      Files.writeString(SNAPSHOT, current, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(SNAPSHOT, StandardCharsets.UTF_8),
        current,
        "The tool surface changed: review it, then refresh with -Dupdate.surface=true");
  }

  @Test
  void docsAreGeneratedFromTheDefinitions() throws Exception {
    String md = ToolDocs.markdown(defs);
    if (UPDATE) {
      Files.writeString(DOCS, md, StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(DOCS, StandardCharsets.UTF_8),
        md,
        "docs/tools.md is stale: run with -Dupdate.surface=true");
  }

  @Test
  void schemasFollowTheRulesClientsEnforce() {
    for (ToolDef d : defs) {
      JsonNode in = Json.parse(d.inputSchema());
      assertEquals("object", in.path("type").asString(), d.name());
      for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
        assertFalse(in.has(combinator), d.name() + " has top-level " + combinator);
      }
      assertEquals("object", Json.parse(d.outputSchema()).path("type").asString(), d.name());
      assertTrue(d.name().matches("[a-z_]{1,30}"), d.name());
      assertTrue(d.description().length() <= 300, d.name() + " description is long");
    }
  }

  @Test
  void readOnlyModeKeepsOnlyReadingTools() {
    List<ToolDef> all = ToolCatalog.definitions();
    List<String> kept =
        new ToolSelection(true, null, null).apply(all, d -> d).stream().map(ToolDef::name).toList();
    assertEquals(
        List.of(
            "list_maps",
            "get_bundle",
            "validate_bundle",
            "schema_section",
            "agents_status",
            "explore_data",
            "screenshot"),
        kept);
    assertTrue(all.stream().filter(d -> !kept.contains(d.name())).allMatch(ToolDef::writes));
  }

  private ArrayNode surface() {
    ArrayNode out = Json.array();
    for (ToolDef d : defs) {
      ObjectNode t = out.addObject();
      t.put("name", d.name());
      t.put("description", d.description());
      t.set("inputSchema", Json.parse(d.inputSchema()));
      t.set("outputSchema", Json.parse(d.outputSchema()));
      t.put("readOnly", d.readOnly());
      t.put("destructive", d.destructive());
      t.put("idempotent", d.idempotent());
      t.put("openWorld", d.openWorld());
    }
    return out;
  }

  private int modelFacingTokens() {
    Encoding enc = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
    int total = 0;
    for (ToolDef d : defs) {
      ObjectNode t = Json.object();
      t.put("name", d.name());
      t.put("description", d.description());
      t.set("input_schema", Json.parse(d.inputSchema()));
      total += enc.countTokens(Json.compact(t));
    }
    return total;
  }
}
