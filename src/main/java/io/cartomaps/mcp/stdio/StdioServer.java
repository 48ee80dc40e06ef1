package io.cartomaps.mcp.stdio;

import io.cartomaps.json.Json;
import io.cartomaps.mcp.server.ServerFactory;
import io.cartomaps.mcp.wire.JsonRpcCheck;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The MCP server on stdin/stdout
 * (https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#stdio), in both
 * protocol eras: a request of revision 2026-07-28 ({@code server/discover}, a {@code _meta}
 * protocol version, or any request before {@code initialize}) goes to the stateless server ({@link
 * ModernRequests}); everything else to the one 2025 session, so a client probing with {@code
 * server/discover} gets its answer at once and one falling back to {@code initialize} sees no
 * change. It reads the lines itself and checks each with {@link JsonRpcCheck}: a malformed or
 * oversized line gets its JSON-RPC error and the server keeps serving; a blank line is ignored.
 * When stdin ends it waits (bounded) for the answers still being computed, then returns, so the
 * process exits with its client. Each era's SDK server is built when its first message arrives: a
 * client waits only for the server of the revision it speaks.
 */
public final class StdioServer {

  /**
   * Longest line read: a bundle at its limit ({@link Json#MAX_DOCUMENT_CHARS}) plus the request
   * around it.
   */
  public static final int MAX_LINE_BYTES = 2 * Json.MAX_DOCUMENT_CHARS;

  private static final Logger LOG = LoggerFactory.getLogger(StdioServer.class);
  private static final Duration FINISH_TIMEOUT = Duration.ofSeconds(30);

  private final StdioStart start;
  private final int maxLineBytes;
  private final StdioOut out;
  private final McpJsonMapper mapper = McpJsonDefaults.getMapper();
  private final ServerFactory factory;
  private final LegacySession legacy;
  private McpSyncServer legacyServer;
  private final ModernRequests modern;

  /**
   * Where the 2025 handshake stands
   * (https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle).
   */
  private enum Handshake {
    NONE,
    ANSWERING,
    DONE
  }

  private Handshake handshake = Handshake.NONE;

  /** One party per answer being computed, plus the reader. */
  private final Phaser inFlight = new Phaser(1);

  public StdioServer(ServerFactory factory, InputStream in, OutputStream out) {
    this(factory, in, out, MAX_LINE_BYTES);
  }

  StdioServer(ServerFactory factory, InputStream in, OutputStream out, int maxLineBytes) {
    this(factory, StdioStart.unread(in, maxLineBytes), out, maxLineBytes);
  }

  /** Serves on after {@code start}: its first line, answered or not, is the first one handled. */
  public StdioServer(ServerFactory factory, StdioStart start, OutputStream out) {
    this(factory, start, out, MAX_LINE_BYTES);
  }

  private StdioServer(ServerFactory factory, StdioStart start, OutputStream out, int maxLineBytes) {
    this.start = start;
    this.maxLineBytes = maxLineBytes;
    this.out = new StdioOut(out);
    this.factory = factory;
    this.legacy = new LegacySession(mapper, this.out);
    this.modern = new ModernRequests(factory::modern, mapper, this.out);
  }

  /** Serves until stdin ends. */
  public void run() {
    LineReader lines = start.lines;
    try {
      LineReader.Line line = start.first != null ? start.first : lines.next();
      if (start.answered != null) {
        legacy.answeredAlready(start.answered);
      }
      for (; line != null; line = lines.next()) {
        if (line.oversized()) {
          replyTooLong(line.bytes());
        } else if (!line.blank()) {
          accept(line.bytes());
        }
      }
    } catch (IOException e) {
      LOG.info("stdin failed: {}", e.toString());
    }
    finish();
  }

  /**
   * A line over the limit was not read; its id, when its first bytes have one, lets the client
   * match the error (Invalid Request) to its call, else it is a parse error without an id.
   */
  private void replyTooLong(byte[] head) {
    JsonNode id = JsonRpcCheck.idInHead(head);
    String what =
        "the message is longer than "
            + maxLineBytes
            + " bytes, the most this server reads in one line. Send a smaller bundle.";
    reply(
        id == null
            ? JsonRpcCheck.error(null, JsonRpcCheck.PARSE_ERROR, "Parse error: " + what)
            : JsonRpcCheck.error(id, JsonRpcCheck.INVALID_REQUEST, "Invalid Request: " + what));
  }

  private void accept(byte[] bytes) {
    JsonRpcCheck.Incoming incoming = JsonRpcCheck.check(bytes);
    if (incoming instanceof JsonRpcCheck.Malformed bad) {
      reply(bad.reply());
    } else {
      deliver((JsonRpcCheck.Message) incoming);
    }
  }

  private void deliver(JsonRpcCheck.Message msg) {
    String method = msg.method();
    if (modern.claims(msg.json(), handshake == Handshake.NONE)) {
      track(modern.handle(msg.json()), method);
      return;
    }
    if ("initialize".equals(method)) {
      handshake = Handshake.ANSWERING;
    } else if ("notifications/initialized".equals(method)) {
      handshake = Handshake.DONE;
    } else if (msg.isRequest() && !"ping".equals(method)) {
      if (handshake == Handshake.ANSWERING) {
        // A request after initialize means the client considers itself initialized; the SDK would
        // hold the request
        // until the notification that the client skipped.
        send(
            Json.parse("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"),
            "notifications/initialized");
        handshake = Handshake.DONE;
      }
    }
    send(msg.json(), method);
  }

  private void send(JsonNode json, String method) {
    McpSchema.JSONRPCMessage message;
    try {
      message = McpSchema.deserializeJsonRpcMessage(mapper, Json.compact(json));
    } catch (IOException | RuntimeException e) {
      reply(
          JsonRpcCheck.error(
              json.get("id"),
              JsonRpcCheck.INVALID_REQUEST,
              "Invalid Request: the message does not have the shape of a JSON-RPC request, notification or response."));
      return;
    }
    if (legacyServer == null) {
      legacyServer = factory.sessions(legacy);
    }
    track(legacy.handle(message), method);
  }

  private void track(Mono<Void> answer, String method) {
    inFlight.register();
    answer
        .doFinally(s -> inFlight.arriveAndDeregister())
        .subscribe(v -> {}, e -> LOG.warn("{} failed: {}", method, e.toString()));
  }

  private void reply(Object json) {
    out.line(Json.compact(json));
  }

  private void finish() {
    int phase = inFlight.arrive();
    try {
      inFlight.awaitAdvanceInterruptibly(phase, FINISH_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      LOG.warn(
          "stdin closed with {} call(s) still running; stopping without their answers",
          inFlight.getUnarrivedParties());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (legacyServer != null) {
      legacyServer.closeGracefully();
    }
    modern.close();
  }
}
