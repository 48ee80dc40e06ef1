package io.cartomaps.mcp.server;

import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;

/** The prompts of {@code prompts/}, offered to clients as MCP prompts. */
public final class Prompts {

  public static final List<String> NAMES = List.of("author_map", "fix_findings", "promote_map");

  private Prompts() {}

  public static List<SyncPromptSpecification> specifications() {
    return NAMES.stream().map(PromptFile::load).map(Prompts::specification).toList();
  }

  static SyncPromptSpecification specification(PromptFile p) {
    List<McpSchema.PromptArgument> args =
        p.arguments().stream()
            .map(
                a ->
                    McpSchema.PromptArgument.builder(a.name())
                        .description(a.description())
                        .required(a.required())
                        .build())
            .toList();
    McpSchema.Prompt prompt =
        McpSchema.Prompt.builder(p.name()).description(p.description()).arguments(args).build();
    return new SyncPromptSpecification(
        prompt,
        (ex, req) ->
            McpSchema.GetPromptResult.builder(
                    List.of(
                        McpSchema.PromptMessage.builder(
                                McpSchema.Role.USER,
                                McpSchema.TextContent.builder(p.render(req.arguments())).build())
                            .build()))
                .description(p.description())
                .build());
  }
}
