package io.cartomaps.mcp.wire;

import io.cartomaps.json.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The check every transport applies to an incoming message before the MCP SDK sees it, so that one
 * malformed message gets the JSON-RPC error the spec names and never stops the transport: not
 * UTF-8, not JSON or nested too deep is a parse error (-32700, {@code id: null}); a batch, a
 * non-object, a wrong {@code jsonrpc}, a null or non-scalar id or a missing method is an invalid
 * request (-32600). See https://www.jsonrpc.org/specification#error_object and
 * https://modelcontextprotocol.io/specification/2025-11-25/basic#messages (ids are strings or
 * integers, never null; no batches).
 */
public final class JsonRpcCheck {

  /**
   * Envelope levels around a tool argument ({@code params.arguments.bundle}) on top of the bundle's
   * own limit.
   */
  public static final int MAX_DEPTH = Json.MAX_DEPTH + 8;

  private static final JsonMapper ENVELOPE =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_DEPTH)
                          .maxDocumentLength(-1)
                          .maxStringLength(Integer.MAX_VALUE)
                          .build())
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private JsonRpcCheck() {}

  /** What a transport received: a message to hand on, or the error to answer instead. */
  public sealed interface Incoming permits Message, Malformed {}

  /** A well-formed JSON-RPC request, notification or response. */
  public record Message(ObjectNode json) implements Incoming {

    public boolean isRequest() {
      return json.has("method") && json.has("id");
    }

    public String method() {
      return Json.text(json, "method");
    }
  }

  /**
   * A message the SDK must not see; {@link #reply()} is the error answer ({@code id} null when
   * unknown).
   */
  public record Malformed(JsonNode id, int code, String text) implements Incoming {

    public ObjectNode reply() {
      return error(id, code, text);
    }
  }

  public static final int PARSE_ERROR = -32700;
  public static final int INVALID_REQUEST = -32600;

  /** Checks one message of {@code bytes} (a stdio line or an HTTP body). */
  public static Incoming check(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return new Malformed(
          null, PARSE_ERROR, "Parse error: the message is not valid UTF-8. Send UTF-8 JSON.");
    }
    return check(text);
  }

  /** Checks one message already decoded to text. */
  public static Incoming check(String text) {
    JsonNode node;
    try {
      node = ENVELOPE.readTree(text);
    } catch (StreamConstraintsException e) {
      return new Malformed(
          null,
          PARSE_ERROR,
          "Parse error: the message is nested deeper than "
              + MAX_DEPTH
              + " levels. Bundles may nest at most "
              + Json.MAX_DEPTH
              + " levels.");
    } catch (JacksonException e) {
      return new Malformed(
          null,
          PARSE_ERROR,
          "Parse error: the message is not valid JSON. Send one complete "
              + "JSON-RPC object per message.");
    }
    if (node == null || node.isMissingNode()) {
      return new Malformed(
          null, PARSE_ERROR, "Parse error: the message is empty. Send one JSON-RPC object.");
    }
    if (node.isArray()) {
      return new Malformed(
          null,
          INVALID_REQUEST,
          "Invalid Request: JSON-RPC batches are not supported by MCP; "
              + "send each message on its own.");
    }
    if (!node.isObject()) {
      return new Malformed(
          null,
          INVALID_REQUEST,
          "Invalid Request: a message is a JSON object with \"jsonrpc\":\"2.0\".");
    }
    ObjectNode msg = (ObjectNode) node;
    JsonNode id = msg.get("id");
    boolean validId = id != null && (id.isString() || id.isIntegralNumber());
    JsonNode replyId = validId ? id : null;
    if (!"2.0".equals(Json.text(msg, "jsonrpc"))) {
      return new Malformed(
          replyId, INVALID_REQUEST, "Invalid Request: \"jsonrpc\" must be \"2.0\".");
    }
    if (id != null && !validId) {
      return new Malformed(
          null,
          INVALID_REQUEST,
          "Invalid Request: \"id\" must be a string or an integer, never "
              + "null; leave it out for a notification.");
    }
    JsonNode method = msg.get("method");
    if (method != null) {
      if (!method.isString() || method.asString().isEmpty()) {
        return new Malformed(
            replyId, INVALID_REQUEST, "Invalid Request: \"method\" must be a non-empty string.");
      }
      JsonNode params = msg.get("params");
      if (params != null && !params.isObject()) {
        return new Malformed(
            replyId, INVALID_REQUEST, "Invalid Request: \"params\" must be an object.");
      }
      return new Message(msg);
    }
    if (validId && (msg.has("result") ^ msg.has("error"))) {
      return new Message(msg); // a response to a request of ours
    }
    return new Malformed(
        replyId,
        INVALID_REQUEST,
        "Invalid Request: a request needs \"method\" (and \"id\"); "
            + "a response needs \"id\" and one of \"result\" or \"error\".");
  }

  /**
   * The id of a message too long to read whole, from its first bytes: a top-level {@code "id"}
   * (string or integer) that comes before the cut, as clients write it before {@code params}; null
   * when there is none. Answering with it lets the client match the error to its request instead of
   * waiting for a timeout.
   */
  public static JsonNode idInHead(byte[] head) {
    try (JsonParser p = ENVELOPE.createParser(head)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if ("id".equals(name)) {
          if (value == JsonToken.VALUE_STRING) {
            return Json.tree(p.getString());
          }
          return value == JsonToken.VALUE_NUMBER_INT ? Json.tree(p.getNumberValue()) : null;
        }
        p.skipChildren();
      }
    } catch (JacksonException e) {
      // the cut (or bad JSON) came before any id
    }
    return null;
  }

  /** A JSON-RPC error response. */
  public static ObjectNode error(JsonNode id, int code, String message) {
    ObjectNode reply = Json.object();
    reply.put("jsonrpc", "2.0");
    if (id == null) {
      reply.putNull("id");
    } else {
      reply.set("id", id);
    }
    ObjectNode error = reply.putObject("error");
    error.put("code", code);
    error.put("message", message);
    return reply;
  }
}
