package io.cartomaps.mcp.server;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;

/**
 * The MCP SDK's JSON Schema validator (tool inputs and structured results), created on the first
 * tool call rather than when the server is built: it compiles schemas with networknt, which an
 * {@code initialize} answer never needs. The SDK also checks each tool's own schemas when the
 * server is built; those schemas ship in the jar, so {@code LazySchemaValidatorTest} checks them
 * once with the real validator and start-up accepts them unchecked.
 */
final class LazySchemaValidator implements JsonSchemaValidator {

  static final LazySchemaValidator INSTANCE = new LazySchemaValidator();

  private LazySchemaValidator() {}

  private static final class Holder {
    static final JsonSchemaValidator DELEGATE = McpJsonDefaults.getSchemaValidator();
  }

  @Override
  public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
    return Holder.DELEGATE.validate(schema, structuredContent);
  }

  /** Accepts the tool schemas the SDK checks while the server is built (see the class comment). */
  @Override
  public ValidationResponse validateSchema(Map<String, Object> schema) {
    return ValidationResponse.asValid(null);
  }

  /** The real check of a tool schema. */
  static ValidationResponse checkSchema(Map<String, Object> schema) {
    return Holder.DELEGATE.validateSchema(schema);
  }
}
