package io.cartomaps.mcp.server;

import io.cartomaps.json.Json;
import io.cartomaps.mcp.ToolDef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Generates {@code docs/tools.md} from the tool definitions, so the reference never drifts from the
 * code. Run {@code java -cp target/classes io.cartomaps.mcp.server.ToolDocs docs/tools.md}; a test
 * fails when the file is stale.
 */
public final class ToolDocs {

  private ToolDocs() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/tools.md");
    Files.writeString(out, markdown(ToolCatalog.definitions()), StandardCharsets.UTF_8);
  }

  public static String markdown(List<ToolDef> defs) {
    StringBuilder md = new StringBuilder();
    md.append("# Tool reference\n\n");
    md.append(
        "Generated from the tool definitions by `io.cartomaps.mcp.server.ToolDocs`; do not edit by hand.\n\n");
    md.append(
        "| tool | read-only | destructive | idempotent | open world | removed by `--read-only` |\n");
    md.append("|---|---|---|---|---|---|\n");
    for (ToolDef d : defs) {
      md.append("| `")
          .append(d.name())
          .append("` | ")
          .append(yes(d.readOnly()))
          .append(" | ")
          .append(yes(d.destructive()))
          .append(" | ")
          .append(yes(d.idempotent()))
          .append(" | ")
          .append(yes(d.openWorld()))
          .append(" | ")
          .append(yes(d.writes()))
          .append(" |\n");
    }
    for (ToolDef d : defs) {
      md.append("\n## `").append(d.name()).append("` — ").append(d.title()).append("\n\n");
      md.append(d.description()).append("\n\n");
      JsonNode schema = Json.parse(d.inputSchema());
      JsonNode props = schema.path("properties");
      if (props.isEmpty()) {
        md.append("No arguments.\n");
        continue;
      }
      List<String> required = new ArrayList<>();
      schema.path("required").forEach(r -> required.add(r.asString()));
      md.append("| argument | type | required | description |\n|---|---|---|---|\n");
      for (Map.Entry<String, JsonNode> p : props.properties()) {
        JsonNode s = p.getValue();
        List<String> values = new ArrayList<>();
        s.path("enum").forEach(v -> values.add(v.asString()));
        String type =
            s.has("enum")
                ? String.join(" \\| ", values)
                : s.path("type").isArray()
                    ? s.path("type").toString()
                    : s.path("type").asString("any");
        if (s.has("minimum") || s.has("maximum")) {
          type +=
              " (" + s.path("minimum").asString("") + "–" + s.path("maximum").asString("") + ")";
        }
        md.append("| `")
            .append(p.getKey())
            .append("` | ")
            .append(type)
            .append(" | ")
            .append(required.contains(p.getKey()) ? "yes" : "")
            .append(" | ")
            .append(s.path("description").asString(""))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  private static String yes(boolean b) {
    return b ? "yes" : "no";
  }
}
