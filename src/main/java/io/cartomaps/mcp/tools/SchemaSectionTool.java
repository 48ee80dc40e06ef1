package io.cartomaps.mcp.tools;

import io.cartomaps.mcp.Args;
import io.cartomaps.mcp.McpTool;
import io.cartomaps.mcp.Results;
import io.cartomaps.mcp.ToolDef;
import io.cartomaps.validate.SchemaSections;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;

/** {@code schema_section}: the JSON Schema sections, for clients that do not read resources. */
public final class SchemaSectionTool implements McpTool {

  public static final ToolDef DEF =
      ToolDef.builder("schema_section", "Schema section")
          .description(
              "JSON Schema of one bundle section (bundle, dataset, layer.h3, widgets, …); without section, the list. Same as resources carto-maps://schema/{section}.")
          .inputSchema(
              """
      {"type":"object","properties":{"section":{"type":"string"}},"additionalProperties":false}
      """)
          .outputSchema(
              """
      {"type":"object","properties":{"sections":{"type":"array"},"schema":{"type":"object"}}}
      """)
          .readOnly()
          .idempotent()
          .build();

  private final SchemaSections schemas;

  public SchemaSectionTool(SchemaSections schemas) {
    this.schemas = schemas;
  }

  @Override
  public ToolDef def() {
    return DEF;
  }

  @Override
  public CallToolResult call(Args a, McpSyncServerExchange exchange) {
    String section = a.str("section");
    if (section == null) {
      return Results.ok(schemas.names().size() + " sections", Map.of("sections", schemas.names()));
    }
    return Results.ok(
        "Section " + schemas.canonicalName(section), Map.of("schema", schemas.section(section)));
  }
}
