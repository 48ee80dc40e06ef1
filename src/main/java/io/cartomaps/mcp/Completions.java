package io.cartomaps.mcp;

import io.cartomaps.validate.SchemaSections;
import io.cartomaps.backend.MapQuery;
import io.cartomaps.maps.MapService;
import io.cartomaps.maps.MapSummary;
import io.modelcontextprotocol.server.McpServerFeatures.SyncCompletionSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CompleteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Completions for section names (schema template), and profile names and map ids (prompt arguments). */
public final class Completions {

  private static final int MAX = 50;

  private Completions() {
  }

  public static List<SyncCompletionSpecification> specifications(SchemaSections schemas, MapService maps) {
    List<SyncCompletionSpecification> out = new ArrayList<>();
    out.add(new SyncCompletionSpecification(new McpSchema.ResourceReference(SchemaResources.TEMPLATE),
        (ex, req) -> result(schemas.names(), req.argument().value())));
    for (String prompt : Prompts.NAMES) {
      out.add(new SyncCompletionSpecification(new McpSchema.PromptReference(prompt), (ex, req) -> {
        String arg = req.argument().name();
        String prefix = req.argument().value();
        if (arg.endsWith("profile")) {
          return result(maps.backends().profiles(), prefix);
        }
        if (arg.equals("map_id")) {
          List<String> ids = new ArrayList<>();
          for (MapSummary m : maps.list(null, MapQuery.firstPage(MAX)).maps()) {
            ids.add(m.id());
          }
          return result(ids, prefix);
        }
        return result(List.of(), prefix);
      }));
    }
    return out;
  }

  static CompleteResult result(List<String> values, String prefix) {
    String p = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
    List<String> matches = values.stream().filter(v -> v.toLowerCase(Locale.ROOT).startsWith(p)).toList();
    List<String> page = matches.size() > MAX ? matches.subList(0, MAX) : matches;
    return new CompleteResult(new CompleteResult.CompleteCompletion(page, matches.size(), matches.size() > MAX));
  }
}
