package io.cartomaps.mcp.server;

import io.cartomaps.app.Version;
import io.cartomaps.maps.MapService;
import io.cartomaps.mcp.Caller;
import io.cartomaps.mcp.McpTool;
import io.cartomaps.validate.SchemaSections;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.modern.McpSchema.CacheScope;
import io.modelcontextprotocol.modern.McpSchema.CallToolResult;
import io.modelcontextprotocol.modern.McpSchema.CompleteResult;
import io.modelcontextprotocol.modern.McpSchema.GetPromptResult;
import io.modelcontextprotocol.modern.McpSchema.Implementation;
import io.modelcontextprotocol.modern.McpSchema.Prompt;
import io.modelcontextprotocol.modern.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.modern.McpSchema.Resource;
import io.modelcontextprotocol.modern.McpSchema.ResourceTemplate;
import io.modelcontextprotocol.modern.McpSchema.Tool;
import io.modelcontextprotocol.modern.server.HmacRequestStateCodec;
import io.modelcontextprotocol.modern.server.McpRequestContext;
import io.modelcontextprotocol.modern.server.McpServer;
import io.modelcontextprotocol.modern.server.McpSyncResponse;
import io.modelcontextprotocol.modern.server.feature.McpSyncCompletionHandler;
import io.modelcontextprotocol.modern.server.feature.McpSyncPrompt;
import io.modelcontextprotocol.modern.server.feature.McpSyncPromptRepository;
import io.modelcontextprotocol.modern.server.feature.McpSyncResource;
import io.modelcontextprotocol.modern.server.feature.McpSyncResourceRepository;
import io.modelcontextprotocol.modern.server.feature.McpSyncResourceTemplate;
import io.modelcontextprotocol.modern.server.feature.McpSyncTool;
import io.modelcontextprotocol.modern.server.feature.McpSyncToolRepository;
import io.modelcontextprotocol.modern.server.feature.PromptsFeature;
import io.modelcontextprotocol.modern.server.feature.PromptsPage;
import io.modelcontextprotocol.modern.server.feature.ResourceTemplatesPage;
import io.modelcontextprotocol.modern.server.feature.ResourcesFeature;
import io.modelcontextprotocol.modern.server.feature.ResourcesPage;
import io.modelcontextprotocol.modern.server.feature.ToolsFeature;
import io.modelcontextprotocol.modern.server.feature.ToolsPage;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server in MCP revision 2026-07-28 (https://modelcontextprotocol.io/specification/2026-07-28):
 * no handshake and no session, every request carries its version, client info and capabilities in
 * {@code _meta}, and {@code server/discover} describes the server. Built on the SDK's {@code
 * io.modelcontextprotocol.modern} server from the very tools, resources, prompts and completions of
 * the 2025 server ({@link ServerFactory}), whose values are carried over by their JSON form (the
 * wire format is the same); every call goes through {@link ServerFactory#call} with the {@link
 * Caller} of the request, so rights and limits are the same too.
 */
final class Mcp2026 {

  /** How long a client may keep a list: short, since lists depend on the caller's key. */
  static final long LIST_TTL_MS = 60_000;

  private static final McpJsonMapper JSON = McpJsonDefaults.getMapper();

  private Mcp2026() {}

  static McpServer server(ServerFactory factory, SchemaSections schemas, MapService maps) {
    return McpServer.builder()
        .serverInfo(Implementation.builder(InitializeAnswer.SERVER_NAME, Version.current()).build())
        .instructions(Instructions.TEXT)
        .jsonMapper(JSON)
        .discoverCache(LIST_TTL_MS, CacheScope.PRIVATE)
        // No tool asks the client for input mid-call, so no request state is ever sealed; a
        // per-process key does.
        .requestStateCodec(
            HmacRequestStateCodec.builder().key(randomKey()).jsonMapper(JSON).build())
        .features(
            List.of(
                ToolsFeature.ofSync(
                    tools(factory),
                    JSON,
                    LazySchemaValidator.INSTANCE,
                    LIST_TTL_MS,
                    CacheScope.PRIVATE),
                ResourcesFeature.ofSync(
                    resources(factory, schemas, maps), JSON, LIST_TTL_MS, CacheScope.PUBLIC),
                PromptsFeature.ofSync(
                    prompts(factory, schemas, maps), JSON, LIST_TTL_MS, CacheScope.PUBLIC)))
        .build();
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  static <T> T as(Object legacy, Class<T> type) {
    return JSON.convertValue(legacy, type);
  }

  private static Caller caller(McpRequestContext ctx) {
    return Caller.of(ctx.transportContext());
  }

  private static McpSyncToolRepository tools(ServerFactory factory) {
    Map<String, McpSyncTool> byName = new LinkedHashMap<>();
    for (McpTool t : factory.tools()) {
      byName.put(
          t.def().name(),
          McpSyncTool.of(
              as(t.def().toTool(), Tool.class),
              (ctx, req) -> {
                McpSchema.CallToolRequest legacy =
                    new McpSchema.CallToolRequest(req.name(), req.arguments());
                return McpSyncResponse.result(
                    as(factory.call(t, caller(ctx), null, legacy), CallToolResult.class));
              }));
    }
    return new McpSyncToolRepository() {
      @Override
      public ToolsPage list(McpRequestContext ctx, String cursor) {
        Caller caller = caller(ctx);
        return new ToolsPage(
            factory.tools().stream()
                .filter(t -> caller.tools().allows(t.def()))
                .map(t -> byName.get(t.def().name()).definition())
                .toList(),
            null,
            LIST_TTL_MS,
            CacheScope.PRIVATE);
      }

      @Override
      public McpSyncTool find(McpRequestContext ctx, String name) {
        return byName.get(
            name); // a tool the caller may not use answers TOOL_NOT_ALLOWED from ServerFactory.call
      }
    };
  }

  private static McpSyncResourceRepository resources(
      ServerFactory factory, SchemaSections schemas, MapService maps) {
    Map<String, SyncResourceSpecification> byUri = new LinkedHashMap<>();
    factory.resourceSpecifications().forEach(r -> byUri.put(r.resource().uri(), r));
    SyncResourceTemplateSpecification template = factory.resourceTemplate();
    List<Resource> listed =
        byUri.values().stream().map(r -> as(r.resource(), Resource.class)).toList();
    McpSyncResourceTemplate templated =
        McpSyncResourceTemplate.of(as(template.resourceTemplate(), ResourceTemplate.class))
            .withCompletionHandler(completion(schemas, maps));
    return new McpSyncResourceRepository() {
      @Override
      public ResourcesPage list(McpRequestContext ctx, String cursor) {
        return new ResourcesPage(listed, null, LIST_TTL_MS, CacheScope.PUBLIC);
      }

      @Override
      public ResourceTemplatesPage listTemplates(McpRequestContext ctx, String cursor) {
        return new ResourceTemplatesPage(
            List.of(templated.definition()), null, LIST_TTL_MS, CacheScope.PUBLIC);
      }

      @Override
      public McpSyncResource find(McpRequestContext ctx, String uri) {
        SyncResourceSpecification r = byUri.get(uri);
        if (r == null && !SchemaResources.isSection(schemas, uri)) {
          return null; // the SDK answers -32602, resource not found
        }
        return McpSyncResource.of(
            (c, req) ->
                McpSyncResponse.result(
                    as(
                        r != null
                            ? r.readHandler()
                                .apply(null, new McpSchema.ReadResourceRequest(req.uri()))
                            : template
                                .readHandler()
                                .apply(null, new McpSchema.ReadResourceRequest(req.uri())),
                        ReadResourceResult.class)));
      }

      @Override
      public McpSyncResourceTemplate findTemplate(McpRequestContext ctx, String uriTemplate) {
        return templated.definition().uriTemplate().equals(uriTemplate) ? templated : null;
      }

      @Override
      public boolean supportsCompletion() {
        return true;
      }
    };
  }

  private static McpSyncPromptRepository prompts(
      ServerFactory factory, SchemaSections schemas, MapService maps) {
    Map<String, McpSyncPrompt> byName = new LinkedHashMap<>();
    for (SyncPromptSpecification p : factory.promptSpecifications()) {
      byName.put(
          p.prompt().name(),
          McpSyncPrompt.of(
                  as(p.prompt(), Prompt.class),
                  (ctx, req) ->
                      McpSyncResponse.result(
                          as(
                              p.promptHandler()
                                  .apply(
                                      null,
                                      new McpSchema.GetPromptRequest(
                                          req.name(),
                                          req.arguments() == null
                                              ? Map.of()
                                              : new LinkedHashMap<String, Object>(
                                                  req.arguments()))),
                              GetPromptResult.class)))
              .withCompletionHandler(completion(schemas, maps)));
    }
    return new McpSyncPromptRepository() {
      @Override
      public PromptsPage list(McpRequestContext ctx, String cursor) {
        return new PromptsPage(
            byName.values().stream().map(McpSyncPrompt::definition).toList(),
            null,
            LIST_TTL_MS,
            CacheScope.PUBLIC);
      }

      @Override
      public McpSyncPrompt find(McpRequestContext ctx, String name) {
        return byName.get(name);
      }

      @Override
      public boolean supportsCompletion() {
        return true;
      }
    };
  }

  private static McpSyncCompletionHandler completion(SchemaSections schemas, MapService maps) {
    return (ctx, req) ->
        as(
            Completions.complete(
                schemas, maps, caller(ctx), as(req, McpSchema.CompleteRequest.class)),
            CompleteResult.class);
  }
}
