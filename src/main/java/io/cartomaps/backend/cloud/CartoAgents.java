package io.cartomaps.backend.cloud;

import io.cartomaps.backend.AgentsStatus;
import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.BackendException.Kind;
import io.cartomaps.json.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Whether CARTO AI agents run in this organisation, from the Workspace API's AI settings. Its own
 * class because the settings' field names are only inferred and the endpoints for models and MCP
 * tools are unknown: this is the one place to correct when they are confirmed.
 */
final class CartoAgents {

  private final CartoEndpoints endpoints;
  private final CartoHttpClient http;

  CartoAgents(CartoEndpoints endpoints, CartoHttpClient http) {
    this.endpoints = endpoints;
    this.http = http;
  }

  /**
   * {@code GET {ws}/settings/carto-ai}: {@code enabled} and {@code defaultModel} (field names
   * inferred); models are read from a {@code models} array when the settings carry one. CARTO's
   * endpoints behind {@code carto maps agents models|mcp-tools} are not known, so {@code mcpTools}
   * is always empty and the note says so. A 403/404 means agents are not available to this token.
   */
  AgentsStatus status() {
    JsonNode s;
    try {
      s = http.send(endpoints.aiSettings());
    } catch (BackendException e) {
      if (e.kind() == Kind.FORBIDDEN || e.kind() == Kind.NOT_FOUND) {
        return new AgentsStatus(
            false,
            null,
            List.of(),
            List.of(),
            "CARTO AI settings are not available to this profile: " + e.getMessage());
      }
      throw e;
    }
    String defaultModel =
        Json.text(s, "defaultModel") != null
            ? Json.text(s, "defaultModel")
            : Json.text(s, "default_model");
    JsonNode enabledNode = s.has("enabled") ? s.get("enabled") : s.get("isEnabled");
    boolean enabled =
        enabledNode != null && enabledNode.isBoolean()
            ? enabledNode.asBoolean()
            : defaultModel != null;
    List<String> models = new ArrayList<>();
    for (JsonNode m : s.path("models")) {
      String id =
          m.isString()
              ? m.asString()
              : Json.text(m, "id") != null ? Json.text(m, "id") : Json.text(m, "name");
      if (id != null) {
        models.add(id);
      }
    }
    if (defaultModel != null && !models.contains(defaultModel)) {
      models.add(0, defaultModel);
    }
    String note =
        enabled
            ? "MCP tools are not listed: CARTO's endpoint for them is not known to this program"
            : "CARTO AI is disabled for this organisation; an admin can enable it in Settings";
    return new AgentsStatus(enabled, defaultModel, models, List.of(), note);
  }
}
