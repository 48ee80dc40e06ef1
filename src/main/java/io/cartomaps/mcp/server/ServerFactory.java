package io.cartomaps.mcp.server;

import io.cartomaps.app.Services;
import io.cartomaps.app.Version;
import io.cartomaps.backend.BackendException;
import io.cartomaps.maps.MapService;
import io.cartomaps.maps.MapsException;
import io.cartomaps.mcp.Args;
import io.cartomaps.mcp.Caller;
import io.cartomaps.mcp.MapAppView;
import io.cartomaps.mcp.McpTool;
import io.cartomaps.mcp.Results;
import io.cartomaps.mcp.ToolSelection;
import io.cartomaps.mcp.tools.ScreenshotTool;
import io.cartomaps.validate.SchemaSections;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the MCP server — tools, resources, prompts, completions, instructions — on any transport:
 * stdio and legacy SSE (one session per connection), Streamable HTTP, and stateless HTTP. Every
 * tool call and list goes through the {@link Caller} the transport context carries, so one server
 * can serve several API keys with different rights.
 */
public final class ServerFactory {

  private static final Logger LOG = LoggerFactory.getLogger(ServerFactory.class);

  private final MapService maps;
  private final SchemaSections schemas;
  private final List<McpTool> tools;
  private final Map<String, McpTool> byName = new LinkedHashMap<>();
  private final Map<String, ProfileArguments> profileArguments = new LinkedHashMap<>();
  private final Runnable browserWarmUp;

  public ServerFactory(Services services, ToolSelection selection) {
    this(services, List.of(), selection);
  }

  /**
   * A server with {@code extra} tools after the catalog's (tests add tools that block or fail on
   * purpose).
   */
  public ServerFactory(Services services, List<? extends McpTool> extra, ToolSelection selection) {
    this.maps = services.maps();
    this.schemas = services.schemas();
    List<McpTool> all = new ArrayList<>(ToolCatalog.tools(services));
    all.addAll(extra);
    this.tools = selection.apply(all);
    tools.forEach(
        t -> {
          byName.put(t.def().name(), t);
          profileArguments.put(t.def().name(), new ProfileArguments(t.def()));
        });
    this.browserWarmUp =
        byName.containsKey(ScreenshotTool.DEF.name())
            ? new BrowserWarmUp(services.previews())
            : () -> {};
  }

  public List<McpTool> tools() {
    return tools;
  }

  public MapService maps() {
    return maps;
  }

  /** A server on a transport with one session per connection (stdio, legacy HTTP+SSE). */
  public McpSyncServer sessions(McpServerTransportProvider transport) {
    return configure(McpServer.sync(transport));
  }

  public McpSyncServer streamable(McpStreamableServerTransportProvider transport) {
    return configure(McpServer.sync(transport));
  }

  /**
   * A server without sessions: any instance can answer any request; nothing is pushed to the
   * client.
   */
  public McpStatelessSyncServer stateless(McpStatelessServerTransport transport) {
    return McpServer.sync(transport)
        .serverInfo(InitializeAnswer.SERVER_NAME, Version.current())
        .jsonSchemaValidator(LazySchemaValidator.INSTANCE)
        .instructions(Instructions.TEXT)
        .capabilities(capabilities())
        .addToolFilter(this::visible)
        .tools(
            tools.stream()
                .map(
                    t ->
                        new McpStatelessServerFeatures.SyncToolSpecification(
                            MapAppView.linked(t.def().toTool()),
                            (ctx, request) -> call(t, Caller.of(ctx), null, request)))
                .toList())
        .resources(
            resourceSpecifications().stream()
                .map(
                    r ->
                        new McpStatelessServerFeatures.SyncResourceSpecification(
                            r.resource(), (ctx, req) -> r.readHandler().apply(null, req)))
                .toList())
        .resourceTemplates(List.of(statelessTemplate()))
        .prompts(
            Prompts.specifications().stream()
                .map(
                    p ->
                        new McpStatelessServerFeatures.SyncPromptSpecification(
                            p.prompt(), (ctx, req) -> p.promptHandler().apply(null, req)))
                .toList())
        .completions(
            Completions.references(schemas).stream()
                .map(
                    ref ->
                        new McpStatelessServerFeatures.SyncCompletionSpecification(
                            ref,
                            (ctx, req) -> Completions.complete(schemas, maps, Caller.of(ctx), req)))
                .toList())
        .build();
  }

  /**
   * The server in MCP 2026-07-28 (stateless, {@code server/discover}) with the same tools,
   * resources and prompts.
   */
  public io.modelcontextprotocol.modern.server.McpServer modern() {
    return Mcp2026.server(this, schemas, maps);
  }

  /**
   * The fixed resources: the schema sections' index, the guide, the example bundles, and the MCP
   * Apps map view when the screenshot tool is offered.
   */
  List<McpServerFeatures.SyncResourceSpecification> resourceSpecifications() {
    List<McpServerFeatures.SyncResourceSpecification> all =
        new ArrayList<>(SchemaResources.resources(schemas));
    all.addAll(ExampleResources.resources());
    if (byName.containsKey(ScreenshotTool.DEF.name())) {
      all.add(MapAppView.resource());
    }
    return all;
  }

  McpServerFeatures.SyncResourceTemplateSpecification resourceTemplate() {
    return SchemaResources.template(schemas);
  }

  List<McpServerFeatures.SyncPromptSpecification> promptSpecifications() {
    return Prompts.specifications();
  }

  private McpStatelessServerFeatures.SyncResourceTemplateSpecification statelessTemplate() {
    var t = SchemaResources.template(schemas);
    return new McpStatelessServerFeatures.SyncResourceTemplateSpecification(
        t.resourceTemplate(), (ctx, req) -> t.readHandler().apply(null, req));
  }

  private McpSyncServer configure(McpServer.SyncSpecification<?> spec) {
    return spec.serverInfo(InitializeAnswer.SERVER_NAME, Version.current())
        .jsonSchemaValidator(LazySchemaValidator.INSTANCE)
        .instructions(Instructions.TEXT)
        .capabilities(capabilities())
        .addToolFilter(this::visible)
        .tools(
            tools.stream()
                .map(
                    t ->
                        SyncToolSpecification.builder()
                            .tool(MapAppView.linked(t.def().toTool()))
                            .callHandler(
                                (exchange, request) ->
                                    call(
                                        t,
                                        Caller.of(exchange.transportContext()),
                                        exchange,
                                        request))
                            .build())
                .toList())
        .resources(resourceSpecifications())
        .resourceTemplates(resourceTemplate())
        .prompts(promptSpecifications())
        .completions(Completions.specifications(schemas, maps))
        .build();
  }

  private static McpSchema.ServerCapabilities capabilities() {
    return McpSchema.ServerCapabilities.builder()
        .tools(false)
        .resources(false, false)
        .prompts(false)
        .completions()
        .logging()
        .build();
  }

  /** tools/list shows a caller only the tools it may call. */
  private boolean visible(McpTransportContext context, McpSchema.Tool tool) {
    McpTool t = byName.get(tool.name());
    return t != null && Caller.of(context).tools().allows(t.def());
  }

  /**
   * One tool call on behalf of a caller: its tool rights, then its profiles, then the tool itself.
   */
  public CallToolResult call(
      McpTool tool, Caller caller, McpSyncServerExchange exchange, CallToolRequest request) {
    String name = tool.def().name();
    if (!caller.tools().allows(tool.def())) {
      return Results.error(
          "TOOL_NOT_ALLOWED",
          "Tool '"
              + name
              + "' is not available to "
              + caller.label()
              + "; tools/list shows the tools it may call.",
          List.of());
    }
    browserWarmUp.run();
    long started = System.nanoTime();
    CallToolResult result = answer(tool, caller, exchange, request);
    if (LOG.isDebugEnabled()) {
      LOG.debug("tool {}: {} ms", name, (System.nanoTime() - started) / 1_000_000);
    }
    return result;
  }

  private CallToolResult answer(
      McpTool tool, Caller caller, McpSyncServerExchange exchange, CallToolRequest request) {
    String name = tool.def().name();
    try {
      Map<String, Object> args = profileArguments.get(name).apply(caller, request.arguments());
      return tool.call(new Args(args), exchange);
    } catch (ProfileArguments.ProfileNotAllowed e) {
      return Results.error("PROFILE_NOT_ALLOWED", e.getMessage(), List.of());
    } catch (RuntimeException e) {
      if (!(e instanceof IllegalArgumentException)
          && !(e instanceof MapsException)
          && !(e instanceof BackendException)) {
        LOG.warn("{} failed: {}", name, e.toString());
      }
      return Results.from(e);
    }
  }
}
