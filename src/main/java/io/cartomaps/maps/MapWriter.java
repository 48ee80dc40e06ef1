package io.cartomaps.maps;

import io.cartomaps.validate.BundleValidator;
import io.cartomaps.backend.AgentsStatus;
import io.cartomaps.backend.Backend;
import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.Connection;
import io.cartomaps.backend.SourceProbe;
import io.cartomaps.bundle.BundleView;
import io.cartomaps.bundle.Privacy;
import io.cartomaps.bundle.Refs;
import io.cartomaps.bundle.ServerFields;
import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.Severity;
import io.cartomaps.validate.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates maps: pre-flight (Tier-1, source dry-runs, auto-fills), then CARTO's write split (create, datasets, a
 * follow-up patch with resolved references, privacy), then non-fatal post-write checks. A failure after the first
 * call removes the partial map.
 */
final class MapWriter {

  private final MapService service;
  private final BundleValidator validator;

  MapWriter(MapService service, BundleValidator validator) {
    this.service = service;
    this.validator = validator;
  }

  WriteResult create(Backend b, JsonNode input, boolean skipSourceChecks, List<Finding> carried) {
    ObjectNode bundle = MapService.requireObject(input, "The bundle").deepCopy();
    List<String> plan = new ArrayList<>(BuilderRepairs.apply(bundle));
    ValidationReport report = validator.validate(bundle);
    if (!report.valid()) {
      throw new MapsException("INVALID_BUNDLE", "The bundle has " + report.errors().size()
          + " error(s); nothing was created. Fix them and retry (validate_bundle checks without writing).",
          concat(report.errors(), report.warnings()));
    }
    if (!skipSourceChecks) {
      List<Finding> sources = SourceChecks.check(b, bundle, Severity.error);
      if (!sources.isEmpty()) {
        throw new MapsException("SOURCE_CHECK_FAILED", "A dataset source cannot be used in profile '" + b.profile()
            + "'; nothing was created.", concat(sources, SourceChecks.withoutFalseHints(report.warnings(), sources)));
      }
    }
    plan.addAll(AutoFill.apply(bundle, b, !skipSourceChecks));
    List<Finding> warnings = new ArrayList<>(carried);
    warnings.addAll(validator.validate(bundle).warnings());
    applyAgentPolicy(b, bundle, warnings, plan);

    ObjectNode first = Json.object();
    first.put("title", Optional.ofNullable(Json.text(bundle, "title")).orElse("Untitled map"));
    first.put("description", Json.text(bundle, "description"));
    if (bundle.has("keplerMapConfig")) {
      first.set("keplerMapConfig", bundle.get("keplerMapConfig"));
    }
    Map<String, String> datasetIds = new LinkedHashMap<>();
    ObjectNode record;
    try {
      record = b.atomically(() -> {
        datasetIds.clear();
        return write(b, bundle, first, datasetIds);
      });
    } catch (PartialCreate e) {
      throw new MapsException("WRITE_FAILED", "Creating the map failed: " + e.getCause().getMessage() + "; "
          + removePartial(b, e.mapId) + ".");
    }
    String id = Json.text(record, "id");
    ObjectNode written = ServerFields.toBundle(record, b.listDatasets(id));
    warnings.addAll(postWriteChecks(b, written));
    return service.result(b, record, plan, warnings, null, datasetIds);
  }

  /**
   * CARTO's write split. On the local store it runs inside one transaction (see {@link Backend#atomically}), so a
   * failure or a killed process leaves nothing; on CARTO a failure after the first call removes the partial map.
   */
  private static ObjectNode write(Backend b, ObjectNode bundle, ObjectNode first, Map<String, String> datasetIds) {
    ObjectNode created = createOrSayItMayExist(b, first);
    String id = Json.text(created, "id");
    try {
      Map<String, String> replacements = new LinkedHashMap<>();
      for (ObjectNode d : BundleView.datasets(bundle)) {
        ObjectNode stored = b.createDataset(id, ServerFields.datasetForWrite(d));
        String key = BundleView.datasetKey(d);
        String newId = Json.text(stored, "id");
        if (key != null) {
          replacements.put(key, newId);
          datasetIds.put(key.startsWith(Refs.PREFIX) ? key.substring(Refs.PREFIX.length()) : key, newId);
        }
      }
      ObjectNode patch = Json.object();
      if (bundle.has("keplerMapConfig")) {
        patch.set("keplerMapConfig", Refs.replace(bundle.get("keplerMapConfig").deepCopy(), replacements));
      }
      for (String field : List.of("tags", "collaborative", "agent")) {
        if (bundle.hasNonNull(field)) {
          patch.set(field, bundle.get(field));
        }
      }
      ObjectNode record = b.patchMap(id, patch);
      ObjectNode privacy = Privacy.normalize(bundle.get("privacy"));
      if (privacy != null && !"private".equals(Json.text(privacy, "privacy"))) {
        record = b.setPrivacy(id, privacy);
      }
      return record;
    } catch (RuntimeException e) {
      throw new PartialCreate(id, e);
    }
  }

  /** A create that failed after the map itself was created, carrying its id so what is left can be removed. */
  private static final class PartialCreate extends RuntimeException {

    private final String mapId;

    PartialCreate(String mapId, RuntimeException cause) {
      super(cause);
      this.mapId = mapId;
    }
  }

  /** Removes what a failed create left: nothing on the local store, whose transaction was rolled back. */
  private static String removePartial(Backend b, String id) {
    try {
      b.deleteMap(id);
      return "the partial map was removed";
    } catch (BackendException gone) {
      if (gone.kind() == BackendException.Kind.NOT_FOUND) {
        return "nothing of it was stored";
      }
      return "removing the partial map " + id + " also failed (" + gone.getMessage() + "): delete it with delete_map";
    } catch (RuntimeException again) {
      return "removing the partial map " + id + " also failed (" + again.getMessage() + "): delete it with delete_map";
    }
  }

  /**
   * The first call of the split. When it fails without a usable answer (no answer, a server error, a garbled body)
   * the map may exist all the same, and there is no id to remove it by: the error says how to find it, so a retry
   * does not leave a second map behind. A refusal (4xx) means nothing was created and is passed on as it is.
   */
  private static ObjectNode createOrSayItMayExist(Backend b, ObjectNode first) {
    try {
      return b.createMap(first);
    } catch (BackendException e) {
      if (e.kind() != BackendException.Kind.UNAVAILABLE && e.kind() != BackendException.Kind.BAD_RESPONSE) {
        throw e;
      }
      throw new MapsException("WRITE_FAILED", "Creating the map failed: " + e.getMessage() + "; the map may have "
          + "been created before the answer was lost: look for it with list_maps with search '"
          + Json.text(first, "title") + "' and remove it with delete_map before retrying.");
    }
  }

  /** Post-write checks: sources readable, datasets renderable, agent issues. Never fatal. */
  static List<Finding> postWriteChecks(Backend b, ObjectNode written) {
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
        out.add(Finding.warning(Warnings.DATASET_WONT_RENDER, "/datasets/" + i,
            "The dataset will not render: " + render.error(), "Check columns, geoColumn and aggregationExp."));
      }
    }
    for (JsonNode issue : written.path("agent").path("issues")) {
      out.add(Finding.warning(Warnings.AGENT_ISSUE, "/agent", "Agent issue: " + Json.text(issue, "issue")
          + (issue.has("toolId") ? " (tool " + Json.text(issue, "toolId") + ")" : ""), "Run agents_status and fix the agent config."));
    }
    return out;
  }

  private static void applyAgentPolicy(Backend b, ObjectNode bundle, List<Finding> warnings, List<String> plan) {
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

  WriteResult copy(CopyRequest r) {
    Backend src = service.backend(r.sourceProfile());
    Backend dst = service.backend(r.destProfile());
    ObjectNode bundle = ServerFields.toBundle(src.getMap(r.mapId()), src.listDatasets(r.mapId()));
    bundle.remove("id");
    if (r.title() != null) {
      bundle.put("title", r.title());
    }
    if (!r.keepPrivacy()) {
      bundle.remove("privacy");
    }
    List<Connection> srcConnections = src.connections();
    List<Connection> dstConnections = dst.connections();
    List<ObjectNode> datasets = BundleView.datasets(bundle);
    List<Finding> unmapped = new ArrayList<>();
    for (int i = 0; i < datasets.size(); i++) {
      ObjectNode d = datasets.get(i);
      String srcName = Optional.ofNullable(Json.text(d, "connectionName"))
          .orElseGet(() -> srcConnections.stream().filter(c -> c.id().equals(Json.text(d, "connectionId")))
              .map(Connection::name).findFirst().orElse(null));
      Connection target = mapConnection(srcName, r, dstConnections);
      if (target == null) {
        unmapped.add(Finding.error("CONNECTION_NOT_MAPPED", "/datasets/" + i + "/connectionId",
            "Connection '" + srcName + "' not found in destination profile '" + dst.profile() + "'.",
            "Pass connection_mapping {\"" + srcName + "\": \"<dest>\"} with one of "
                + dstConnections.stream().map(Connection::name).toList() + "."));
        continue;
      }
      d.put("connectionId", target.id());
      d.remove("connectionName");
    }
    if (!unmapped.isEmpty()) {
      throw new MapsException("CONNECTION_NOT_MAPPED", "Some datasets have no connection in '" + dst.profile()
          + "'; nothing was copied.", unmapped);
    }
    List<Finding> carried = agentCarryOver(bundle, src, dst);
    return create(dst, bundle, r.skipSourceValidation(), carried);
  }

  private static Connection mapConnection(String srcName, CopyRequest r, List<Connection> dst) {
    String wanted = srcName == null ? null : r.connectionMapping().get(srcName);
    for (String name : new String[] {wanted, srcName, r.connection()}) {
      if (name == null) {
        continue;
      }
      for (Connection c : dst) {
        if (c.name().equals(name) || c.id().equals(name)) {
          return c;
        }
      }
      if (name.equals(wanted)) {
        return null; // an explicit mapping to a missing connection is an error, not a fall-through
      }
    }
    return null;
  }

  /** Model and tool references that will not resolve in another organisation. */
  private static List<Finding> agentCarryOver(ObjectNode bundle, Backend src, Backend dst) {
    JsonNode config = bundle.path("agent").path("config");
    List<Finding> out = new ArrayList<>();
    if (config.isMissingNode() || src.profile().equals(dst.profile())) {
      return out;
    }
    String model = Json.text(config, "model");
    if (model != null && model.startsWith("ac_")) {
      out.add(Finding.warning(Warnings.AGENT_ISSUE, "/agent/config/model", "Model '" + model
          + "' belongs to the source organisation (UNAVAILABLE_MODEL in the copy).",
          "Set agent.config.model to a model of the destination (agents_status lists them) and update the copy."));
    }
    if (config.path("tools").size() > 0) {
      out.add(Finding.warning(Warnings.AGENT_ISSUE, "/agent/config/tools", config.path("tools").size()
          + " MCP tool id(s) refer to the source organisation's workflows (UNAVAILABLE_TOOL in the copy).",
          "Replace agent.config.tools with workflow ids of the destination."));
    }
    return out;
  }

  private static List<Finding> concat(List<Finding> a, List<Finding> b) {
    List<Finding> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
