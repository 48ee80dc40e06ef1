package io.cartomaps.mcp;

import io.cartomaps.validate.SchemaSections;
import io.cartomaps.Services;
import io.cartomaps.cli.Version;
import io.cartomaps.maps.MapService;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the MCP server — tools, resources, prompts, completions, instructions — on any transport. */
public final class ServerFactory {

  private static final Logger LOG = LoggerFactory.getLogger(ServerFactory.class);

  private final MapService maps;
  private final SchemaSections schemas;
  private final List<McpTool> tools;

  public ServerFactory(Services services, ToolSelection selection) {
    this.maps = services.maps();
    this.schemas = services.schemas();
    this.tools = selection.apply(ToolCatalog.all(maps, schemas, services.previews(), services.screenshots()));
  }

  public List<McpTool> tools() {
    return tools;
  }

  public McpSyncServer stdio(McpServerTransportProvider transport) {
    return configure(McpServer.sync(transport));
  }

  public McpSyncServer streamable(McpStreamableServerTransportProvider transport) {
    return configure(McpServer.sync(transport));
  }

  private McpSyncServer configure(McpServer.SyncSpecification<?> spec) {
    return spec.serverInfo("carto-maps-mcp", Version.current())
        .instructions(Instructions.TEXT)
        .capabilities(McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).prompts(false)
            .completions().logging().build())
        .tools(tools.stream().map(ServerFactory::specification).toList())
        .resources(SchemaResources.resources(schemas))
        .resourceTemplates(SchemaResources.template(schemas))
        .prompts(Prompts.specifications())
        .completions(Completions.specifications(schemas, maps))
        .build();
  }

  static SyncToolSpecification specification(McpTool tool) {
    return SyncToolSpecification.builder().tool(tool.def().toTool()).callHandler((exchange, request) -> {
      try {
        return tool.call(new Args(request.arguments()), exchange);
      } catch (RuntimeException e) {
        if (!(e instanceof IllegalArgumentException) && !(e instanceof io.cartomaps.maps.MapsException)
            && !(e instanceof io.cartomaps.backend.BackendException)) {
          LOG.warn("{} failed: {}", tool.def().name(), e.toString());
        }
        return Results.from(e);
      }
    }).build();
  }
}
