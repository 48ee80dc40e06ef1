package io.cartomaps.mcp;

import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** One MCP tool: its definition and its call. */
public interface McpTool {

  ToolDef def();

  CallToolResult call(Args args, McpSyncServerExchange exchange);
}
