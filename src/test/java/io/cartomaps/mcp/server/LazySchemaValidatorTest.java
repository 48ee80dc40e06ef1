package io.cartomaps.mcp.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.mcp.ToolDef;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tool schemas start-up no longer checks are valid JSON Schemas for the SDK's own validator.
 */
class LazySchemaValidatorTest {

  @Test
  void everyToolSchemaPassesTheSdkCheck() {
    for (ToolDef d : ToolCatalog.definitions()) {
      McpSchema.Tool tool = d.toTool();
      for (Map<String, Object> schema : List.of(tool.inputSchema(), tool.outputSchema())) {
        var response = LazySchemaValidator.checkSchema(schema);
        assertTrue(response.valid(), d.name() + ": " + response.errorMessage());
      }
    }
  }

  @Test
  void theRealCheckRejectsABrokenSchema() {
    assertFalse(LazySchemaValidator.checkSchema(Map.of("type", 5)).valid());
  }

  @Test
  void instancesAreValidatedByTheSdkValidator() {
    Map<String, Object> schema = Map.of("type", "object", "required", List.of("mapId"));
    assertFalse(LazySchemaValidator.INSTANCE.validate(schema, Map.of()).valid());
    assertTrue(LazySchemaValidator.INSTANCE.validate(schema, Map.of("mapId", "m1")).valid());
  }
}
