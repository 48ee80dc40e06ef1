package io.cartomaps.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import java.util.List;
import java.util.Map;

/**
 * Who is calling, as far as the MCP layer cares: which tools they may see and call and which
 * profiles' CARTO credentials they may use. The HTTP transport derives it from the API key of each
 * request and hands it over in the SDK's transport context; stdio has one local user, who may do
 * everything the server offers.
 *
 * @param name the key's name, for messages (null for the local user)
 * @param profiles the profiles this caller may use, the first being its default; empty means every
 *     profile
 * @param tools the tools this caller may see and call (already narrowed from the server's own
 *     selection)
 */
public record Caller(String name, List<String> profiles, ToolSelection tools) {

  /** The transport-context entry that carries the caller. */
  public static final String CONTEXT_KEY = "io.cartomaps.caller";

  /** The single local user of a stdio server. */
  public static final Caller LOCAL = new Caller(null, List.of(), ToolSelection.ALL);

  public Caller {
    profiles = profiles == null ? List.of() : List.copyOf(profiles);
    tools = tools == null ? ToolSelection.ALL : tools;
  }

  /** The caller a transport context carries; {@link #LOCAL} when it carries none (stdio). */
  public static Caller of(McpTransportContext context) {
    Object c = context == null ? null : context.get(CONTEXT_KEY);
    return c instanceof Caller caller ? caller : LOCAL;
  }

  /** A transport context that carries this caller. */
  public McpTransportContext context() {
    return McpTransportContext.create(Map.of(CONTEXT_KEY, this));
  }

  public boolean mayUseProfile(String profile) {
    return profiles.isEmpty() || profiles.contains(profile);
  }

  /**
   * The profile used when a call names none: the first allowed one, or null (the server's default).
   */
  public String defaultProfile() {
    return profiles.isEmpty() ? null : profiles.get(0);
  }

  /** How the caller is named in messages. */
  public String label() {
    return name == null ? "this server" : "key '" + name + "'";
  }
}
