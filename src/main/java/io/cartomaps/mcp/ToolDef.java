package io.cartomaps.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Objects;

/**
 * What a model sees of a tool (name, description, input schema) and what clients read (output
 * schema, <a
 * href="https://modelcontextprotocol.io/specification/2025-11-25/server/tools#tool-annotations">annotations</a>).
 * Schemas are JSON text so the surface can be snapshotted and counted as the model sees it. Built
 * with {@link #builder}, whose hints read like the annotations they become.
 *
 * @param readOnly the tool changes nothing; every other tool writes, and {@code --read-only}
 *     removes it
 * @param destructive a write may remove or overwrite what the user made
 * @param idempotent calling again with the same arguments changes nothing more
 * @param openWorld the tool reaches data outside the program (a CARTO organisation, the workspace's
 *     tables)
 */
public record ToolDef(
    String name,
    String title,
    String description,
    String inputSchema,
    String outputSchema,
    boolean readOnly,
    boolean destructive,
    boolean idempotent,
    boolean openWorld) {

  public ToolDef {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(inputSchema, "inputSchema");
  }

  /** True when the tool changes maps: exactly the tools that are not read-only. */
  public boolean writes() {
    return !readOnly;
  }

  public static Builder builder(String name, String title) {
    return new Builder(name, title);
  }

  public McpSchema.Tool toTool() {
    var mapper = McpJsonDefaults.getMapper();
    return McpSchema.Tool.builder(name)
        .title(title)
        .description(description)
        .inputSchema(mapper, inputSchema)
        .outputSchema(mapper, outputSchema)
        .annotations(
            new McpSchema.ToolAnnotations(
                title, readOnly, destructive, idempotent, openWorld, null))
        .build();
  }

  /**
   * A tool definition; every hint is off until named, so a tool that says nothing is a plain write.
   */
  public static final class Builder {

    private final String name;
    private final String title;
    private String description;
    private String inputSchema;
    private String outputSchema;
    private boolean readOnly;
    private boolean destructive;
    private boolean idempotent;
    private boolean openWorld;

    private Builder(String name, String title) {
      this.name = name;
      this.title = title;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder inputSchema(String json) {
      this.inputSchema = json;
      return this;
    }

    public Builder outputSchema(String json) {
      this.outputSchema = json;
      return this;
    }

    public Builder readOnly() {
      this.readOnly = true;
      return this;
    }

    public Builder destructive() {
      this.destructive = true;
      return this;
    }

    public Builder idempotent() {
      this.idempotent = true;
      return this;
    }

    public Builder openWorld() {
      this.openWorld = true;
      return this;
    }

    public ToolDef build() {
      return new ToolDef(
          name,
          title,
          description,
          inputSchema,
          outputSchema,
          readOnly,
          destructive,
          idempotent,
          openWorld);
    }
  }
}
