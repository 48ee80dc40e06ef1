package io.cartomaps.mcp;

import java.util.List;

/** The bundle's JSON Schema sections as the MCP layer serves them (tool and resources). */
public interface SchemaCatalog {

  List<String> names();

  /** One-line description of a section. */
  String description(String name);

  /** A section's schema as a JSON-compatible value; unknown names throw IllegalArgumentException naming the valid ones. */
  Object schema(String name);

  /** A section's schema as the JSON text of its file. */
  String text(String name);
}
