package io.cartomaps.maps;

import io.cartomaps.backend.AgentsStatus;
import io.cartomaps.backend.Backend;
import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.BackendRegistry;
import io.cartomaps.backend.Connection;
import io.cartomaps.backend.DataProfile;
import io.cartomaps.backend.MapPage;
import io.cartomaps.backend.MapQuery;
import io.cartomaps.backend.MapUrls;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.TableInfo;
import io.cartomaps.backend.TableRef;
import io.cartomaps.bundle.Privacy;
import io.cartomaps.bundle.ServerFields;
import io.cartomaps.json.Json;
import io.cartomaps.validate.BundleValidator;
import io.cartomaps.validate.ValidationReport;
import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The map use cases. The MCP tools and the CLI commands both call this class, so a tool and its
 * command can never disagree. A write is planned first (reads and checks only), then applied: a dry
 * run is the plan alone.
 */
public final class MapService {

  /**
   * Bundles larger than this (compact JSON characters) are returned without their largest sections.
   */
  public static final int MAX_BUNDLE_CHARS = 60_000;

  /**
   * Sections {@link #get} can return on their own: bundle fields and keplerMapConfig.config keys.
   */
  public static final List<String> SECTIONS = BundleSections.NAMES;

  private final BackendRegistry backends;
  private final BundleValidator validator;
  private final CreatePlanner creates;
  private final UpdatePlanner updates;
  private final DatasetPatcher datasetPatches;

  public MapService(BackendRegistry backends, BundleValidator validator) {
    this.backends = backends;
    this.validator = validator;
    this.creates = new CreatePlanner(validator);
    this.updates = new UpdatePlanner(validator);
    this.datasetPatches = new DatasetPatcher(validator);
  }

  public BackendRegistry backends() {
    return backends;
  }

  private Backend backend(String profile) {
    return backends.backend(profile);
  }

  // --- reads
  // -------------------------------------------------------------------------------------------------

  public MapList list(String profile, MapQuery query) {
    Backend b = backend(profile);
    MapPage page = b.listMaps(query);
    List<MapSummary> maps = page.maps().stream().map(MapService::summary).toList();
    return new MapList(
        b.profile(),
        maps,
        page.page(),
        page.pageSize(),
        page.total(),
        page.hasMore() ? page.page() + 1 : null);
  }

  /** Every page of a listing, bounded by {@code maxMaps}. */
  public MapList listAll(String profile, MapQuery query, int maxMaps) {
    List<MapSummary> all = new ArrayList<>();
    MapList page = list(profile, query.withPage(1));
    all.addAll(page.maps());
    while (page.nextPage() != null && all.size() < maxMaps) {
      page = list(profile, query.withPage(page.nextPage()));
      all.addAll(page.maps());
    }
    List<MapSummary> capped = all.size() > maxMaps ? all.subList(0, maxMaps) : all;
    return new MapList(page.profile(), capped, 1, capped.size(), page.total(), null);
  }

  /** The full round-trippable bundle of a map. */
  public ObjectNode bundle(String profile, String mapId) {
    Backend b = backend(profile);
    return ServerFields.toBundle(b.getMap(mapId), b.listDatasets(mapId));
  }

  /**
   * A map as a bundle, optionally only some sections. Without sections, a bundle over {@link
   * #MAX_BUNDLE_CHARS} is returned without its largest keplerMapConfig sections, named in {@code
   * omitted}.
   */
  public MapBundle get(String profile, String mapId, List<String> sections) {
    Backend b = backend(profile);
    ObjectNode record = b.getMap(mapId);
    ObjectNode full = ServerFields.toBundle(record, b.listDatasets(mapId));
    List<Finding> warnings = Warnings.visibility(b, record);
    MapUrls urls = b.urls(mapId);
    ObjectNode bundle;
    List<String> omitted = List.of();
    int size;
    if (sections != null && !sections.isEmpty()) {
      bundle = BundleSections.select(full, sections);
    } else if ((size = Json.compact(full).length()) > MAX_BUNDLE_CHARS) {
      omitted = BundleSections.largest(full, size, MAX_BUNDLE_CHARS);
      bundle = BundleSections.without(full, omitted);
    } else {
      bundle = full;
    }
    return new MapBundle(
        b.profile(),
        bundle,
        urls.builderUrl(),
        urls.viewerUrl(),
        urls.publicUrl(),
        omitted,
        warnings);
  }

  /**
   * Tier-1, and with {@code remote} also Tier-2 (source dry-runs through the profile's
   * connections). Boilerplate that create and update write ({@link BuilderRepairs#FILLED_ON_WRITE})
   * is not asked for.
   */
  public ValidationReport validate(String profile, JsonNode bundle, boolean remote) {
    ValidationReport checked = validator.validate(bundle);
    ValidationReport report =
        new ValidationReport(
            checked.valid(),
            checked.errors(),
            checked.warnings().stream()
                .filter(w -> !BuilderRepairs.FILLED_ON_WRITE.contains(w.code()))
                .toList());
    if (!remote || !bundle.isObject()) {
      return report;
    }
    List<Finding> sources = SourceChecks.check(backend(profile), bundle, Severity.error);
    List<Finding> tier1 = new ArrayList<>(report.errors());
    tier1.addAll(report.warnings());
    return ValidationReport.of(SourceChecks.withoutFalseHints(tier1, sources)).plus(sources);
  }

  public AgentsStatus agents(String profile) {
    return backend(profile).agentsStatus();
  }

  public List<Connection> connections(String profile) {
    return backend(profile).connections();
  }

  public List<TableRef> tables(String profile, String connection, String prefix) {
    Backend b = backend(profile);
    return b.listTables(connectionId(b, connection), prefix);
  }

  public TableInfo describe(String profile, String connection, String table) {
    Backend b = backend(profile);
    return b.describeTable(connectionId(b, connection), table);
  }

  /**
   * Statistics and sample rows of a table or a query through a connection (see {@link
   * DataProfile}).
   */
  public DataProfile profile(String profile, String connection, SourceKind kind, String source) {
    Backend b = backend(profile);
    return b.profileSource(connectionId(b, connection), kind, source);
  }

  // --- writes
  // ------------------------------------------------------------------------------------------------

  public WriteResult create(String profile, JsonNode bundle) {
    Backend b = backend(profile);
    return CreateApplier.apply(b, creates.plan(b, bundle, false, List.of()));
  }

  /** A create followed by a publish, so shared and public viewers see the new map at once. */
  public WriteResult create(String profile, JsonNode bundle, boolean publish) {
    WriteResult created = create(profile, bundle);
    if (!publish) {
      return created;
    }
    Backend b = backend(profile);
    ObjectNode record = b.publish(created.id());
    List<String> plan = new ArrayList<>(created.plan());
    plan.add("publish");
    List<Finding> warnings =
        created.warnings().stream()
            .filter(w -> !w.code().equals(Warnings.UNPUBLISHED_SHARED_MAP))
            .toList();
    return WriteResult.of(b, record, plan, warnings, Boolean.TRUE, created.datasetIds());
  }

  /**
   * With {@code options.dryRun()} the plan alone, as a result whose {@code plan} lists what the
   * update would do.
   */
  public WriteResult update(String profile, String mapId, JsonNode patch, UpdateOptions options) {
    Backend b = backend(profile);
    UpdatePlan plan = updates.plan(b, mapId, patch, options);
    if (options.dryRun()) {
      return WriteResult.of(b, plan.record(), plan.lines(), plan.warnings(), null, Map.of());
    }
    return UpdateApplier.apply(b, plan);
  }

  public WriteResult updateDataset(String profile, String mapId, String datasetId, JsonNode patch) {
    return datasetPatches.patch(backend(profile), mapId, datasetId, patch);
  }

  public WriteResult publish(String profile, String mapId) {
    Backend b = backend(profile);
    ObjectNode record = b.publish(mapId);
    return WriteResult.of(b, record, List.of(), List.of(), Boolean.TRUE, Map.of());
  }

  public WriteResult delete(String profile, String mapId) {
    Backend b = backend(profile);
    ObjectNode record = b.getMap(mapId);
    b.deleteMap(mapId);
    return new WriteResult(
        mapId,
        b.profile(),
        Json.text(record, "title"),
        null,
        null,
        null,
        null,
        List.of("deleted map " + mapId),
        null,
        List.of(),
        null);
  }

  /**
   * A new map in the destination made from the source's bundle: checked, written and rolled back
   * like a create.
   */
  public WriteResult copy(CopyRequest request) {
    Backend src = backend(request.sourceProfile());
    Backend dst = backend(request.destProfile());
    MapCopier.Copy copy = MapCopier.prepare(src, dst, request);
    return CreateApplier.apply(
        dst, creates.plan(dst, copy.bundle(), request.skipSourceValidation(), copy.carried()));
  }

  // --- shared helpers
  // ----------------------------------------------------------------------------------------

  static String connectionId(Backend b, String nameOrId) {
    List<Connection> connections = b.connections();
    if (nameOrId == null || nameOrId.isBlank()) {
      if (connections.size() == 1) {
        return connections.get(0).id();
      }
      throw new MapsException(
          "CONNECTION_REQUIRED",
          "Profile '"
              + b.profile()
              + "' has several connections: name one of "
              + connections.stream().map(Connection::name).toList()
              + ".");
    }
    return connections.stream()
        .filter(c -> c.id().equals(nameOrId) || c.name().equals(nameOrId))
        .findFirst()
        .map(Connection::id)
        .orElseThrow(
            () ->
                new MapsException(
                    "CONNECTION_NOT_FOUND",
                    "No connection '"
                        + nameOrId
                        + "' in profile '"
                        + b.profile()
                        + "'. Connections: "
                        + connections.stream().map(Connection::name).toList()
                        + "."));
  }

  static MapSummary summary(JsonNode r) {
    List<String> tags = new ArrayList<>();
    r.path("tags").forEach(t -> tags.add(t.asString()));
    return new MapSummary(
        Json.text(r, "id"),
        Json.text(r, "title"),
        Privacy.level(r),
        tags,
        Json.text(r, "updatedAt"),
        Json.text(r, "lastPublishedAt"));
  }

  static BackendException notFound(String what) {
    return BackendException.notFound(what);
  }
}
