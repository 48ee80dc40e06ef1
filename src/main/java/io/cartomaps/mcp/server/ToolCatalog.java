package io.cartomaps.mcp.server;

import io.cartomaps.validate.SchemaSections;
import io.cartomaps.maps.MapService;
import io.cartomaps.mcp.tools.AgentsStatusTool;
import io.cartomaps.mcp.tools.CopyMapTool;
import io.cartomaps.mcp.tools.CreateMapTool;
import io.cartomaps.mcp.tools.DeleteMapTool;
import io.cartomaps.mcp.tools.ExploreDataTool;
import io.cartomaps.mcp.tools.GetBundleTool;
import io.cartomaps.mcp.tools.ListMapsTool;
import io.cartomaps.mcp.tools.PublishMapTool;
import io.cartomaps.mcp.tools.ScreenshotTool;
import io.cartomaps.render.MapPreviews;
import java.nio.file.Path;
import io.cartomaps.mcp.tools.SchemaSectionTool;
import io.cartomaps.mcp.tools.UpdateDatasetTool;
import io.cartomaps.mcp.tools.UpdateMapTool;
import io.cartomaps.mcp.tools.ValidateBundleTool;
import java.util.ArrayList;
import java.util.List;
import io.cartomaps.mcp.McpTool;
import io.cartomaps.mcp.ToolDef;

/** Every tool of the server, in the fixed order clients see them (a stable order keeps prompt caches warm). */
public final class ToolCatalog {

  private ToolCatalog() {
  }

  /** The definitions of every tool, without services (for docs and surface tests). */
  public static List<ToolDef> definitions() {
    return all(null, null, null, null).stream().map(McpTool::def).toList();
  }

  public static List<McpTool> all(MapService maps, SchemaSections schemas, MapPreviews previews, Path screenshots) {
    List<McpTool> tools = new ArrayList<>(List.of(
        new ListMapsTool(maps),
        new GetBundleTool(maps),
        new ValidateBundleTool(maps),
        new CreateMapTool(maps),
        new UpdateMapTool(maps),
        new PublishMapTool(maps),
        new DeleteMapTool(maps),
        new CopyMapTool(maps),
        new UpdateDatasetTool(maps),
        new SchemaSectionTool(schemas),
        new AgentsStatusTool(maps),
        new ExploreDataTool(maps),
        new ScreenshotTool(previews, screenshots)));
    return tools;
  }
}
