package io.cartomaps.mcp;

import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** One MCP tool: its definition and its call. */
public interface McpTool {

  ToolDef def();

  /**
   * Runs the tool. {@code exchange} is the session to notify (progress, logs); it is null on the
   * stateless HTTP transport, which has no session.
   */
  CallToolResult call(Args args, McpSyncServerExchange exchange);
}
