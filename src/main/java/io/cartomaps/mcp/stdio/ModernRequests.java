package io.cartomaps.mcp.stdio;

import io.cartomaps.json.Json;
import io.cartomaps.mcp.wire.JsonRpcCheck;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.modern.JsonRpc;
import io.modelcontextprotocol.modern.McpSchema;
import io.modelcontextprotocol.modern.server.McpHeaders;
import io.modelcontextprotocol.modern.server.McpServer;
import io.modelcontextprotocol.modern.server.McpTransportResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Requests of MCP revision 2026-07-28 on stdio, answered by the SDK's stateless server: each
 * carries its own version, client info and capabilities in {@code _meta}, so no state is kept
 * between lines. The server is built on the first request of this era, so a 2025 client, which
 * never sends one, does not wait for it before its {@code initialize} answer.
 */
final class ModernRequests {

  /** Stdio has no HTTP headers to mirror the request in. */
  private static final McpTransportContext CONTEXT =
      McpTransportContext.create(Map.of(McpHeaders.TRANSPORT_CONTEXT_KEY, McpHeaders.NOT_MIRRORED));

  private final Supplier<McpServer> build;
  private final McpJsonMapper mapper;
  private final StdioOut out;
  private McpServer server;

  /** {@code build} makes the server when the first request of this era arrives. */
  ModernRequests(Supplier<McpServer> build, McpJsonMapper mapper, StdioOut out) {
    this.build = build;
    this.mapper = mapper;
    this.out = out;
  }

  /** Whether the server has been built (by a request of this era). */
  boolean started() {
    return server != null;
  }

  private McpServer server() {
    if (server == null) {
      server = build.get();
    }
    return server;
  }

  /**
   * Whether a message belongs to this era: {@code server/discover}, anything carrying a {@code
   * _meta} protocol version, or — before any {@code initialize} — any request but {@code
   * initialize} and {@code ping} (a request without its version then gets the 2026 error that says
   * so).
   */
  boolean claims(JsonNode message, boolean beforeInitialize) {
    String method = Json.text(message, "method");
    if (McpSchema.METHOD_SERVER_DISCOVER.equals(method)
        || message.at("/params/_meta").has(McpSchema.MetaKeys.PROTOCOL_VERSION)) {
      return true;
    }
    return beforeInitialize
        && message.has("id")
        && !"initialize".equals(method)
        && !"ping".equals(method);
  }

  /** Answers one message; the Mono ends when its answer is written. */
  Mono<Void> handle(JsonNode message) {
    JsonRpc.JSONRPCMessage parsed;
    try {
      parsed = JsonRpc.deserializeMessage(mapper, Json.compact(message));
    } catch (IOException | RuntimeException e) {
      out.line(
          Json.compact(
              JsonRpcCheck.error(
                  message.get("id"),
                  JsonRpcCheck.INVALID_REQUEST,
                  "Invalid Request: the message does not have the shape of a JSON-RPC request or notification.")));
      return Mono.empty();
    }
    if (parsed instanceof JsonRpc.JSONRPCNotification n) {
      return server().handleNotification(CONTEXT, n);
    }
    if (!(parsed instanceof JsonRpc.JSONRPCRequest request)) {
      return Mono.empty(); // a response: this server sends no requests in this era
    }
    return server().handle(CONTEXT, request).flatMap(this::write);
  }

  private Mono<Void> write(McpTransportResponse response) {
    if (response instanceof McpTransportResponse.Result r) {
      return Mono.fromRunnable(() -> line(r.response()));
    }
    if (response instanceof McpTransportResponse.Error e) {
      return Mono.fromRunnable(() -> line(e.response()));
    }
    return ((McpTransportResponse.Streaming) response).messages().doOnNext(this::line).then();
  }

  private void line(Object message) {
    try {
      out.line(mapper.writeValueAsString(message));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void close() {
    if (server != null) {
      server.closeGracefully();
    }
  }
}
