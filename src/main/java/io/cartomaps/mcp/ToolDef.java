package io.cartomaps.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;

/**
 * What a model sees of a tool (name, description, input schema) and what clients read (output schema,
 * annotations). Schemas are JSON text so the surface can be snapshotted and counted as the model sees it.
 *
 * @param writes true when the tool changes maps; {@code --read-only} removes those
 */
public record ToolDef(String name, String title, String description, String inputSchema, String outputSchema,
                      boolean readOnly, boolean destructive, boolean idempotent, boolean openWorld, boolean writes) {

  public McpSchema.Tool toTool() {
    var mapper = McpJsonDefaults.getMapper();
    return McpSchema.Tool.builder(name)
        .title(title)
        .description(description)
        .inputSchema(mapper, inputSchema)
        .outputSchema(mapper, outputSchema)
        .annotations(new McpSchema.ToolAnnotations(title, readOnly, destructive, idempotent, openWorld, null))
        .build();
  }
}
