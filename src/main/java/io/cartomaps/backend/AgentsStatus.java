package io.cartomaps.backend;

import java.util.List;

/**
 * CARTO AI availability for a profile.
 *
 * @param enabled whether map agents can be configured
 * @param defaultModel the model a bundle's agent gets when it names none, or null
 * @param models model strings accepted by the profile
 * @param mcpTools ids of workflows published as MCP tools
 * @param note one sentence on why, when disabled
 */
public record AgentsStatus(
    boolean enabled, String defaultModel, List<String> models, List<String> mcpTools, String note) {

  public AgentsStatus {
    models = models == null ? List.of() : List.copyOf(models);
    mcpTools = mcpTools == null ? List.of() : List.copyOf(mcpTools);
  }
}
