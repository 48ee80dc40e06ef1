package io.cartomaps.maps;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.SourceProbe;
import io.cartomaps.bundle.BundleView;
import io.cartomaps.bundle.ServerFields;
import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a write can only learn from the stored map: sources readable, datasets renderable, agent
 * issues the backend found. Never fatal, since the write has already happened; each becomes a
 * warning with its fix.
 */
final class PostWriteChecks {

  private PostWriteChecks() {}

  /** The checks of map {@code mapId} as stored in {@code record}, with its datasets read back. */
  static List<Finding> afterWrite(Backend b, String mapId, ObjectNode record) {
    return of(b, ServerFields.toBundle(record, b.listDatasets(mapId)));
  }

  static List<Finding> of(Backend b, ObjectNode written) {
    List<Finding> out = new ArrayList<>(SourceChecks.check(b, written, Severity.warning));
    List<ObjectNode> datasets = BundleView.datasets(written);
    for (int i = 0; i < datasets.size(); i++) {
      ObjectNode d = datasets.get(i);
      String connectionId = Json.text(d, "connectionId");
      if (connectionId == null) {
        continue;
      }
      SourceProbe render = b.probeRender(connectionId, d);
      if (!render.ok()) {
        out.add(
            Finding.warning(
                Warnings.DATASET_WONT_RENDER,
                "/datasets/" + i,
                "The dataset will not render: " + render.error(),
                "Check columns, geoColumn and aggregationExp."));
      }
    }
    for (JsonNode issue : written.path("agent").path("issues")) {
      out.add(
          Finding.warning(
              Warnings.AGENT_ISSUE,
              "/agent",
              "Agent issue: "
                  + Json.text(issue, "issue")
                  + (issue.has("toolId") ? " (tool " + Json.text(issue, "toolId") + ")" : ""),
              "Run agents_status and fix the agent config."));
    }
    return out;
  }
}
