package io.cartomaps.mcp.server;

import io.cartomaps.app.Services;
import io.cartomaps.mcp.McpTool;
import io.cartomaps.mcp.ToolDef;
import io.cartomaps.mcp.tools.AgentsStatusTool;
import io.cartomaps.mcp.tools.CopyMapTool;
import io.cartomaps.mcp.tools.CreateMapTool;
import io.cartomaps.mcp.tools.DeleteMapTool;
import io.cartomaps.mcp.tools.ExploreDataTool;
import io.cartomaps.mcp.tools.GetBundleTool;
import io.cartomaps.mcp.tools.ListMapsTool;
import io.cartomaps.mcp.tools.PublishMapTool;
import io.cartomaps.mcp.tools.SchemaSectionTool;
import io.cartomaps.mcp.tools.ScreenshotTool;
import io.cartomaps.mcp.tools.UpdateDatasetTool;
import io.cartomaps.mcp.tools.UpdateMapTool;
import io.cartomaps.mcp.tools.ValidateBundleTool;
import java.util.List;
import java.util.function.Function;

/**
 * Every tool of the server, in the fixed order clients see them (a stable order keeps prompt caches
 * warm): each tool's definition beside how to make it from the program's services, so docs and
 * tests read the definitions without making any tool.
 */
public final class ToolCatalog {

  private record Entry(ToolDef def, Function<Services, McpTool> make) {}

  private static final List<Entry> ENTRIES =
      List.of(
          new Entry(ListMapsTool.DEF, s -> new ListMapsTool(s.maps())),
          new Entry(GetBundleTool.DEF, s -> new GetBundleTool(s.maps())),
          new Entry(ValidateBundleTool.DEF, s -> new ValidateBundleTool(s.maps())),
          new Entry(CreateMapTool.DEF, s -> new CreateMapTool(s.maps())),
          new Entry(UpdateMapTool.DEF, s -> new UpdateMapTool(s.maps())),
          new Entry(PublishMapTool.DEF, s -> new PublishMapTool(s.maps())),
          new Entry(DeleteMapTool.DEF, s -> new DeleteMapTool(s.maps())),
          new Entry(CopyMapTool.DEF, s -> new CopyMapTool(s.maps())),
          new Entry(UpdateDatasetTool.DEF, s -> new UpdateDatasetTool(s.maps())),
          new Entry(SchemaSectionTool.DEF, s -> new SchemaSectionTool(s.schemas())),
          new Entry(AgentsStatusTool.DEF, s -> new AgentsStatusTool(s.maps())),
          new Entry(ExploreDataTool.DEF, s -> new ExploreDataTool(s.maps())),
          new Entry(ScreenshotTool.DEF, s -> new ScreenshotTool(s.previews(), s.screenshots())));

  private ToolCatalog() {}

  /** The definition of every tool. */
  public static List<ToolDef> definitions() {
    return ENTRIES.stream().map(Entry::def).toList();
  }

  /** Every tool, working on {@code services}. */
  public static List<McpTool> tools(Services services) {
    return ENTRIES.stream().map(e -> e.make().apply(services)).toList();
  }
}
