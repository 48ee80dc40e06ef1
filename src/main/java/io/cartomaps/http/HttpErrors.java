package io.cartomaps.http;

import io.cartomaps.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every refusal of the HTTP server is {@code {"error":{"code":"…","message":"…"}}} with a message
 * that says what to do; never an HTML page or a stack trace. Messages never repeat what the client
 * sent (a token could be in it).
 */
final class HttpErrors {

  /** Codes for HTTP statuses the server or the SDK refuses with. */
  private static final Map<Integer, String> CODES =
      Map.ofEntries(
          Map.entry(400, "BAD_REQUEST"),
          Map.entry(401, "UNAUTHORIZED"),
          Map.entry(403, "FORBIDDEN"),
          Map.entry(404, "NOT_FOUND"),
          Map.entry(405, "METHOD_NOT_ALLOWED"),
          Map.entry(406, "NOT_ACCEPTABLE"),
          Map.entry(408, "REQUEST_TIMEOUT"),
          Map.entry(413, "PAYLOAD_TOO_LARGE"),
          Map.entry(415, "UNSUPPORTED_MEDIA_TYPE"),
          Map.entry(421, "MISDIRECTED_REQUEST"),
          Map.entry(500, "INTERNAL"),
          Map.entry(503, "UNAVAILABLE"));

  private HttpErrors() {}

  static String code(int status) {
    return CODES.getOrDefault(status, status >= 500 ? "INTERNAL" : "BAD_REQUEST");
  }

  static String body(String code, String message) {
    ObjectNode root = Json.object();
    ObjectNode e = root.putObject("error");
    e.put("code", code);
    e.put("message", message);
    return Json.compact(root);
  }

  /** Writes a refusal; does nothing if the response is already on its way. */
  static void send(HttpServletResponse response, int status, String code, String message)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    byte[] bytes = body(code, message).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    response.flushBuffer();
  }

  /**
   * Writes a JSON-RPC error object (a malformed MCP message); does nothing if the response is
   * already on its way.
   */
  static void sendJsonRpc(HttpServletResponse response, int status, ObjectNode error)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    byte[] bytes = Json.compact(error).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
    response.flushBuffer();
  }

  static void send(HttpServletResponse response, int status, String message) throws IOException {
    send(response, status, code(status), message);
  }

  /**
   * The message for a bare status from the SDK or the container, which give none a client can act
   * on.
   */
  static String defaultMessage(int status) {
    return switch (status) {
      case 404 ->
          "Not found. The MCP endpoint is /mcp (and /sse + /message for legacy HTTP+SSE clients); "
              + "an unknown or expired session needs a new initialize.";
      case 405 -> "Method not allowed on this endpoint.";
      case 413 -> "Request body too large.";
      case 503 -> "The server is shutting down; retry on another instance.";
      default ->
          status >= 500 ? "The server failed to handle the request." : "The request was refused.";
    };
  }
}
