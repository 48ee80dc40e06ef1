package io.cartomaps.mcp.tools;

import io.cartomaps.maps.MapService;
import io.cartomaps.mcp.McpTool;
import io.cartomaps.mcp.ToolDef;

/**
 * A tool over the map service: its definition and the service, so each tool class holds only its
 * call.
 */
abstract class MapTool implements McpTool {

  private final ToolDef def;
  final MapService maps;

  MapTool(ToolDef def, MapService maps) {
    this.def = def;
    this.maps = maps;
  }

  @Override
  public final ToolDef def() {
    return def;
  }
}
