package io.cartomaps.http;

import io.cartomaps.mcp.wire.JsonRpcCheck;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpError;
import java.io.IOException;

/**
 * The JSON mapper of the SDK's HTTP transports, except that an exception the SDK writes as an error
 * body (it serialises its {@link McpError} whole, stack trace included) becomes the JSON-RPC error
 * object it stands for, {@code {"jsonrpc":"2.0","id":null,"error":{"code":…,"message":…}}}.
 */
final class JsonRpcErrorMapper implements McpJsonMapper {

  private final McpJsonMapper json;

  JsonRpcErrorMapper(McpJsonMapper json) {
    this.json = json;
  }

  private static Object replace(Object value) {
    if (value instanceof McpError e && e.getJsonRpcError() != null) {
      return JsonRpcCheck.error(null, e.getJsonRpcError().code(), e.getJsonRpcError().message());
    }
    if (value instanceof Throwable) {
      return JsonRpcCheck.error(
          null, -32603, "Internal error: the server failed to handle the request.");
    }
    return value;
  }

  @Override
  public String writeValueAsString(Object value) throws IOException {
    return json.writeValueAsString(replace(value));
  }

  @Override
  public byte[] writeValueAsBytes(Object value) throws IOException {
    return json.writeValueAsBytes(replace(value));
  }

  @Override
  public <T> T readValue(String content, Class<T> type) throws IOException {
    return json.readValue(content, type);
  }

  @Override
  public <T> T readValue(byte[] content, Class<T> type) throws IOException {
    return json.readValue(content, type);
  }

  @Override
  public <T> T readValue(String content, TypeRef<T> type) throws IOException {
    return json.readValue(content, type);
  }

  @Override
  public <T> T readValue(byte[] content, TypeRef<T> type) throws IOException {
    return json.readValue(content, type);
  }

  @Override
  public <T> T convertValue(Object from, Class<T> type) {
    return json.convertValue(from, type);
  }

  @Override
  public <T> T convertValue(Object from, TypeRef<T> type) {
    return json.convertValue(from, type);
  }
}
