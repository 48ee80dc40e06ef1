package io.cartomaps.mcp.tools;

import io.cartomaps.maps.MapService;
import io.cartomaps.mcp.Args;
import io.cartomaps.mcp.Results;
import io.cartomaps.mcp.ToolDef;
import io.cartomaps.validate.ValidationReport;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** {@code validate_bundle}: Tier-1, optionally Tier-2, without writing. */
public final class ValidateBundleTool extends MapTool {

  public static final ToolDef DEF =
      ToolDef.builder("validate_bundle", "Validate bundle")
          .description(
              "Check a bundle without writing: schema and cross-field rules; remote:true also dry-runs each source and checks every field the map reads against its columns. Findings have a JSON Pointer path and a fix.")
          .inputSchema(
              """
      {"type":"object","properties":{
        "bundle":{"type":"object"},
        "remote":{"type":"boolean"},
        "profile":{"type":"string"}},
       "required":["bundle"],"additionalProperties":false}
      """)
          .outputSchema(
              """
      {"type":"object","properties":{"valid":{"type":"boolean"},"errors":{"type":"array"},"warnings":{"type":"array"}}}
      """)
          .readOnly()
          .idempotent()
          .openWorld()
          .build();

  public ValidateBundleTool(MapService maps) {
    super(DEF, maps);
  }

  @Override
  public CallToolResult call(Args a, McpSyncServerExchange exchange) {
    ValidationReport r = maps.validate(a.str("profile"), a.json("bundle"), a.bool("remote", false));
    String summary =
        (r.valid() ? "valid" : "invalid")
            + ": "
            + r.errors().size()
            + " error(s), "
            + r.warnings().size()
            + " warning(s)";
    return Results.ok(summary, r);
  }
}
