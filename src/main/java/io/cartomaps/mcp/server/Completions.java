package io.cartomaps.mcp.server;

import io.cartomaps.backend.MapQuery;
import io.cartomaps.maps.MapService;
import io.cartomaps.maps.MapSummary;
import io.cartomaps.mcp.Caller;
import io.cartomaps.validate.SchemaSections;
import io.modelcontextprotocol.server.McpServerFeatures.SyncCompletionSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CompleteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Completions for section names (schema template), and profile names and map ids (prompt
 * arguments).
 */
public final class Completions {

  private static final int MAX = 50;

  private Completions() {}

  public static List<SyncCompletionSpecification> specifications(
      SchemaSections schemas, MapService maps) {
    return references(schemas).stream()
        .map(
            ref ->
                new SyncCompletionSpecification(
                    ref,
                    (ex, req) -> complete(schemas, maps, Caller.of(ex.transportContext()), req)))
        .toList();
  }

  /** What can be completed: the schema template's section and the prompts' arguments. */
  static List<McpSchema.CompleteReference> references(SchemaSections schemas) {
    List<McpSchema.CompleteReference> out = new ArrayList<>();
    out.add(new McpSchema.ResourceReference(SchemaResources.TEMPLATE));
    Prompts.NAMES.forEach(p -> out.add(new McpSchema.PromptReference(p)));
    return out;
  }

  /** Completes one argument; profiles and map ids only from the profiles the caller may use. */
  static CompleteResult complete(
      SchemaSections schemas, MapService maps, Caller caller, McpSchema.CompleteRequest req) {
    String prefix = req.argument().value();
    if (req.ref() instanceof McpSchema.ResourceReference) {
      return result(schemas.names(), prefix);
    }
    String arg = req.argument().name();
    if (arg.endsWith("profile")) {
      return result(
          maps.backends().profiles().stream().filter(caller::mayUseProfile).toList(), prefix);
    }
    if (arg.equals("map_id")) {
      List<String> ids = new ArrayList<>();
      for (MapSummary m : maps.list(caller.defaultProfile(), MapQuery.firstPage(MAX)).maps()) {
        ids.add(m.id());
      }
      return result(ids, prefix);
    }
    return result(List.of(), prefix);
  }

  static CompleteResult result(List<String> values, String prefix) {
    String p = prefix == null ? "" : prefix.toLowerCase(Locale.ROOT);
    List<String> matches =
        values.stream().filter(v -> v.toLowerCase(Locale.ROOT).startsWith(p)).toList();
    List<String> page = matches.size() > MAX ? matches.subList(0, MAX) : matches;
    return new CompleteResult(
        new CompleteResult.CompleteCompletion(page, matches.size(), matches.size() > MAX));
  }
}
