package io.cartomaps.mcp.server;

import io.cartomaps.app.Version;
import java.io.StringWriter;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The answer to a 2025 {@code initialize} request
 * (https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle#initialization),
 * written with Jackson's streaming parser and writer alone, so a stdio client has it before the
 * SDK's server, the data mapper and the services exist. It says what {@link ServerFactory}'s server
 * says: the same server info, instructions and capabilities, and the SDK's version negotiation (the
 * client's version when supported, else the latest). {@code InitializeAnswerTest} compares it with
 * the SDK's own answer.
 */
public final class InitializeAnswer {

  /** The server's name in {@code serverInfo}. */
  public static final String SERVER_NAME = "carto-maps-mcp";

  /** The 2025-era revisions the SDK's stdio session supports, oldest first. */
  static final List<String> VERSIONS =
      List.of("2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25");

  /**
   * Requests longer than this are left to the SDK: an {@code initialize} is a few hundred bytes.
   */
  private static final int MAX_REQUEST_BYTES = 64 * 1024;

  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private InitializeAnswer() {}

  /**
   * The answer line (compact JSON, no newline) to {@code request}, or {@code null} when it is not a
   * plain {@code initialize}: not JSON, a notification, an id that is neither a string nor an
   * integer, no protocol version, {@code _meta} (revision 2026-07-28 carries its version there), or
   * anything else the SDK should judge.
   */
  public static String to(byte[] request) {
    if (request.length > MAX_REQUEST_BYTES) {
      return null;
    }
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), request)) {
      Request r = read(p);
      return r == null ? null : write(r);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private record Request(Object id, String protocolVersion) {}

  private static Request read(JsonParser p) {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    Object id = null;
    String jsonrpc = null;
    String method = null;
    String version = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      switch (name) {
        case "jsonrpc" -> jsonrpc = value == JsonToken.VALUE_STRING ? p.getString() : null;
        case "method" -> method = value == JsonToken.VALUE_STRING ? p.getString() : null;
        case "id" -> {
          if (value == JsonToken.VALUE_STRING) {
            id = p.getString();
          } else if (value == JsonToken.VALUE_NUMBER_INT
              && p.getNumberType() == JsonParser.NumberType.INT) {
            id = p.getIntValue();
          } else {
            return null;
          }
        }
        case "params" -> {
          if (value != JsonToken.START_OBJECT) {
            return null;
          }
          while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String param = p.currentName();
            JsonToken v = p.nextToken();
            if ("_meta".equals(param)) {
              return null;
            }
            if ("protocolVersion".equals(param)) {
              if (v != JsonToken.VALUE_STRING) {
                return null;
              }
              version = p.getString();
            } else {
              p.skipChildren();
            }
          }
        }
        default -> p.skipChildren();
      }
    }
    boolean whole = p.currentToken() == JsonToken.END_OBJECT && p.nextToken() == null;
    if (!whole || !"2.0".equals(jsonrpc) || !"initialize".equals(method)) {
      return null;
    }
    return id == null || version == null ? null : new Request(id, version);
  }

  private static String write(Request r) {
    StringWriter text = new StringWriter(2048);
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
      g.writeStartObject();
      g.writeStringProperty("jsonrpc", "2.0");
      g.writeName("id");
      if (r.id() instanceof Integer n) {
        g.writeNumber(n);
      } else {
        g.writeString((String) r.id());
      }
      g.writeName("result");
      g.writeStartObject();
      g.writeStringProperty(
          "protocolVersion",
          VERSIONS.contains(r.protocolVersion())
              ? r.protocolVersion()
              : VERSIONS.get(VERSIONS.size() - 1));
      writeCapabilities(g);
      g.writeName("serverInfo");
      g.writeStartObject();
      g.writeStringProperty("name", SERVER_NAME);
      g.writeStringProperty("version", Version.current());
      g.writeEndObject();
      g.writeStringProperty("instructions", Instructions.TEXT);
      g.writeEndObject();
      g.writeEndObject();
    }
    return text.toString();
  }

  /** What {@link ServerFactory}'s capabilities serialise to. */
  private static void writeCapabilities(JsonGenerator g) {
    g.writeName("capabilities");
    g.writeStartObject();
    g.writeName("completions");
    g.writeStartObject();
    g.writeEndObject();
    g.writeName("logging");
    g.writeStartObject();
    g.writeEndObject();
    g.writeName("prompts");
    g.writeStartObject();
    g.writeBooleanProperty("listChanged", false);
    g.writeEndObject();
    g.writeName("resources");
    g.writeStartObject();
    g.writeBooleanProperty("subscribe", false);
    g.writeBooleanProperty("listChanged", false);
    g.writeEndObject();
    g.writeName("tools");
    g.writeStartObject();
    g.writeBooleanProperty("listChanged", false);
    g.writeEndObject();
    g.writeEndObject();
  }
}
