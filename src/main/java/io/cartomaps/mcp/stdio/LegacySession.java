package io.cartomaps.mcp.stdio;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import reactor.core.publisher.Mono;

/**
 * The one session of a stdio connection in the 2025 protocol (initialize handshake), fed message by
 * message by {@link StdioServer} instead of reading stdin itself: the SDK never sees a malformed
 * line, so none can end it.
 */
final class LegacySession implements McpServerTransportProvider {

  private final McpJsonMapper mapper;
  private final StdioOut out;
  private McpServerSession session;

  LegacySession(McpJsonMapper mapper, StdioOut out) {
    this.mapper = mapper;
    this.out = out;
  }

  @Override
  public void setSessionFactory(McpServerSession.Factory factory) {
    session =
        factory.create(
            new McpServerTransport() {
              @Override
              public Mono<Void> sendMessage(McpSchema.JSONRPCMessage message) {
                return Mono.fromCallable(
                        () -> {
                          out.line(mapper.writeValueAsString(message));
                          return "";
                        })
                    .then();
              }

              @Override
              public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
                return mapper.convertValue(data, type);
              }

              @Override
              public Mono<Void> closeGracefully() {
                return Mono.empty();
              }
            });
  }

  /** Handles one message; the returned Mono ends once its answer (if any) is written. */
  Mono<Void> handle(McpSchema.JSONRPCMessage message) {
    return session.handle(message);
  }

  @Override
  public Mono<Void> notifyClients(String method, Object params) {
    return session.sendNotification(method, params);
  }

  @Override
  public Mono<Void> closeGracefully() {
    return session == null ? Mono.empty() : session.closeGracefully();
  }
}
