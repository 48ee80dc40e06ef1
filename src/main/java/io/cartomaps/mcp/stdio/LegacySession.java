package io.cartomaps.mcp.stdio;

import io.cartomaps.json.Json;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The one session of a stdio connection in the 2025 protocol (initialize handshake), fed message by
 * message by {@link StdioServer} instead of reading stdin itself: the SDK never sees a malformed
 * line, so none can end it.
 */
final class LegacySession implements McpServerTransportProvider {

  private static final Logger LOG = LoggerFactory.getLogger(LegacySession.class);

  private final McpJsonMapper mapper;
  private final StdioOut out;
  private McpServerSession session;
  private volatile JsonNode answered;

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
                          String text = mapper.writeValueAsString(message);
                          if (!alreadySent(message, text)) {
                            out.line(text);
                          }
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

  /**
   * The answer to the coming {@code initialize} has been written already ({@link StdioStart}): the
   * session's own answer to that id is not sent again, and is logged if it says anything else.
   */
  void answeredAlready(String answer) {
    answered = Json.parse(answer);
  }

  private boolean alreadySent(McpSchema.JSONRPCMessage message, String text) {
    JsonNode early = answered;
    if (early == null || !(message instanceof McpSchema.JSONRPCResponse)) {
      return false;
    }
    JsonNode own = Json.parse(text);
    if (!early.get("id").toString().equals(String.valueOf(own.get("id")))) {
      return false;
    }
    answered = null;
    if (!early.equals(own)) {
      LOG.warn("the initialize answer sent at start-up differs from the session's: {}", text);
    }
    return true;
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
