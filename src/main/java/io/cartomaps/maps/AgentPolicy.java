package io.cartomaps.maps;

import io.cartomaps.backend.AgentsStatus;
import io.cartomaps.backend.Backend;
import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A map's agent runs only where the organisation has CARTO AI agents, and its model and tools are
 * ids of that organisation: a new map gets the default model, and a copy is told which references
 * stay behind.
 */
final class AgentPolicy {

  private AgentPolicy() {}

  /**
   * Fills the organisation's default model (a plan line), or warns when the profile has no agents.
   */
  static void apply(Backend b, ObjectNode bundle, List<Finding> warnings, List<String> plan) {
    JsonNode agent = bundle.get("agent");
    if (agent == null || agent.isNull()) {
      return;
    }
    AgentsStatus status = b.agentsStatus();
    if (!status.enabled()) {
      warnings.add(Warnings.agentNotAvailable(b.profile()));
      return;
    }
    JsonNode config = agent.get("config");
    if (config instanceof ObjectNode c && !c.hasNonNull("model") && status.defaultModel() != null) {
      c.put("model", status.defaultModel());
      plan.add("agent.config.model: organisation default " + status.defaultModel());
    }
  }

  /** Model and tool references that will not resolve in another organisation. */
  static List<Finding> carryOver(ObjectNode bundle, Backend src, Backend dst) {
    JsonNode config = bundle.path("agent").path("config");
    List<Finding> out = new ArrayList<>();
    if (config.isMissingNode() || src.profile().equals(dst.profile())) {
      return out;
    }
    String model = Json.text(config, "model");
    if (model != null && model.startsWith("ac_")) {
      out.add(
          Finding.warning(
              Warnings.AGENT_ISSUE,
              "/agent/config/model",
              "Model '"
                  + model
                  + "' belongs to the source organisation (UNAVAILABLE_MODEL in the copy).",
              "Set agent.config.model to a model of the destination (agents_status lists them) and update the copy."));
    }
    if (config.path("tools").size() > 0) {
      out.add(
          Finding.warning(
              Warnings.AGENT_ISSUE,
              "/agent/config/tools",
              config.path("tools").size()
                  + " MCP tool id(s) refer to the source organisation's workflows (UNAVAILABLE_TOOL in the copy).",
              "Replace agent.config.tools with workflow ids of the destination."));
    }
    return out;
  }
}
