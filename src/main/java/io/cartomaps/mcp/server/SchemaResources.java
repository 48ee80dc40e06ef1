package io.cartomaps.mcp.server;

import io.cartomaps.validate.SchemaSections;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The schema sections as resources ({@code carto-maps://schema/{section}}, listed and as a
 * template) and the authoring guide ({@code carto-maps://guide}). The sections are the same files
 * validation uses.
 */
public final class SchemaResources {

  public static final String PREFIX = "carto-maps://schema/";
  public static final String TEMPLATE = PREFIX + "{section}";
  public static final String GUIDE = "carto-maps://guide";
  static final String GUIDE_RESOURCE = "/skills/carto-maps-mcp/SKILL.md";

  private SchemaResources() {}

  public static List<SyncResourceSpecification> resources(SchemaSections schemas) {
    List<SyncResourceSpecification> out = new ArrayList<>();
    for (String name : schemas.names()) {
      McpSchema.Resource r =
          McpSchema.Resource.builder(PREFIX + name, name)
              .title("Bundle schema: " + name)
              .description(schemas.description(name))
              .mimeType("application/schema+json")
              .build();
      out.add(new SyncResourceSpecification(r, (ex, req) -> read(schemas, req.uri())));
    }
    McpSchema.Resource guide =
        McpSchema.Resource.builder(GUIDE, "guide")
            .title("Authoring guide")
            .description("How to author, check, publish and copy maps with this server")
            .mimeType("text/markdown")
            .build();
    out.add(
        new SyncResourceSpecification(guide, (ex, req) -> text(GUIDE, "text/markdown", guide())));
    return out;
  }

  public static SyncResourceTemplateSpecification template(SchemaSections schemas) {
    McpSchema.ResourceTemplate t =
        McpSchema.ResourceTemplate.builder(TEMPLATE, "schema-section")
            .title("Bundle schema section")
            .description(
                "JSON Schema of one bundle section; names: " + String.join(", ", schemas.names()))
            .mimeType("application/schema+json")
            .build();
    return new SyncResourceTemplateSpecification(t, (ex, req) -> read(schemas, req.uri()));
  }

  /** Whether {@code uri} names a schema section (a resource of the template). */
  static boolean isSection(SchemaSections schemas, String uri) {
    return uri.startsWith(PREFIX) && schemas.names().contains(uri.substring(PREFIX.length()));
  }

  /**
   * A schema section by URI. An unknown URI is the JSON-RPC error {@code -32002} (resource not
   * found) naming the valid ones, as the MCP spec asks
   * (https://modelcontextprotocol.io/specification/2025-06-18/server/resources#error-handling).
   */
  static ReadResourceResult read(SchemaSections schemas, String uri) {
    String name = uri.startsWith(PREFIX) ? uri.substring(PREFIX.length()) : null;
    if (name == null || !schemas.names().contains(name)) {
      throw McpError.builder(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND)
          .message(
              "Resource not found: "
                  + uri
                  + ". Schema sections are "
                  + PREFIX
                  + "{"
                  + String.join(", ", schemas.names())
                  + "}; see also "
                  + GUIDE
                  + " and "
                  + ExampleResources.PREFIX
                  + "{points, h3, choropleth}.")
          .data(Map.of("uri", uri))
          .build();
    }
    return text(uri, "application/schema+json", schemas.text(name));
  }

  private static ReadResourceResult text(String uri, String mimeType, String text) {
    return ReadResourceResult.builder(
            List.of(TextResourceContents.builder(uri, text).mimeType(mimeType).build()))
        .build();
  }

  /** The authoring guide text, shipped in the jar. */
  public static String guide() {
    try (InputStream in = SchemaResources.class.getResourceAsStream(GUIDE_RESOURCE)) {
      if (in == null) {
        return "# carto-maps-mcp\nThe authoring guide is missing from this build.";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
