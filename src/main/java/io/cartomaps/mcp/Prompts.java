package io.cartomaps.mcp;

import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;

/** The prompts of {@code prompts/}, offered to clients as MCP prompts. */
public final class Prompts {

  public static final List<String> NAMES = List.of("author_map", "fix_findings", "promote_map");

  private Prompts() {
  }

  public static List<SyncPromptSpecification> specifications() {
    return NAMES.stream().map(PromptFile::load).map(Prompts::specification).toList();
  }

  static SyncPromptSpecification specification(PromptFile p) {
    List<McpSchema.PromptArgument> args = p.arguments().stream()
        .map(a -> new McpSchema.PromptArgument(a.name(), a.description(), a.required())).toList();
    McpSchema.Prompt prompt = new McpSchema.Prompt(p.name(), p.description(), args);
    return new SyncPromptSpecification(prompt, (ex, req) -> new McpSchema.GetPromptResult(p.description(),
        List.of(new McpSchema.PromptMessage(McpSchema.Role.USER, new McpSchema.TextContent(p.render(req.arguments()))))));
  }
}
