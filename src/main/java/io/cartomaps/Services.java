package io.cartomaps;

import io.cartomaps.maps.MapService;
import io.cartomaps.mcp.McpTool;
import io.cartomaps.validate.SchemaSections;
import java.util.List;

/**
 * The program's parts, wired once per process: the map service over the profile's backends, the schema sections,
 * and the tools only some builds have (the renderer's screenshot tool).
 */
public record Services(MapService maps, SchemaSections schemas, List<McpTool> extraTools, AutoCloseable resources)
    implements AutoCloseable {

  @Override
  public void close() {
    try {
      resources.close();
    } catch (Exception e) {
      // closing is best effort at exit
    }
  }
}
