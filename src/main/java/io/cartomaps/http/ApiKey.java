package io.cartomaps.http;

import io.cartomaps.mcp.Caller;
import io.cartomaps.mcp.ToolSelection;
import java.util.List;
import java.util.Set;

/**
 * One of this server's own API keys, as stored: never the key itself, only its SHA-256. A key names
 * the profiles whose CARTO credentials its holder may use (the first is its default) and may narrow
 * the server's tools.
 *
 * @param keySha256 lowercase hex SHA-256 of the key
 * @param profiles profiles the key may use, at least one
 * @param readOnly true to refuse every tool that changes maps
 * @param tools only these tools (empty: every tool the server offers)
 * @param excludeTools never these tools
 */
public record ApiKey(
    String name,
    String keySha256,
    List<String> profiles,
    boolean readOnly,
    List<String> tools,
    List<String> excludeTools) {

  public ApiKey {
    profiles = List.copyOf(profiles);
    tools = tools == null ? List.of() : List.copyOf(tools);
    excludeTools = excludeTools == null ? List.of() : List.copyOf(excludeTools);
  }

  /** The key's own narrowing of the tools. */
  public ToolSelection selection() {
    return new ToolSelection(readOnly, Set.copyOf(tools), Set.copyOf(excludeTools));
  }

  /**
   * The caller this key stands for on a server offering {@code serverTools}: it can only narrow
   * them.
   */
  public Caller caller(ToolSelection serverTools) {
    return new Caller(name, profiles, serverTools.narrowedBy(selection()));
  }
}
