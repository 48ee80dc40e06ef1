package io.cartomaps.backend;

import io.cartomaps.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * A place where maps live: the embedded local workspace or a CARTO organisation.
 *
 * <p>The operations mirror CARTO's Workspace API (create takes title, description and
 * keplerMapConfig; the rest follows as a patch, a privacy call and a datasets sub-resource) so that
 * {@code maps.MapService} orchestrates the write split, the pre-flight and the orphan clean-up once
 * for every backend.
 *
 * <p>Map and dataset records are JSON objects in the CARTO wire shape (server fields included:
 * {@code id}, {@code createdAt}, {@code updatedAt}, {@code privacy}, {@code sharingScope}, {@code
 * lastPublishedAt}, …). The {@code bundle} package turns them into bundles.
 *
 * <p>Failures are {@link BackendException}s; implementations never put a credential in a message.
 */
public interface Backend extends AutoCloseable {

  /** The profile name this backend serves, e.g. {@code local}. */
  String profile();

  /** One page of maps the caller can see. */
  MapPage listMaps(MapQuery query);

  /**
   * Every map's id and {@code updatedAt}, oldest change first. By default the pages of {@link
   * #listMaps}; a backend that can read just these two fields in one go does so.
   */
  default List<MapVersion> mapVersions() {
    List<MapVersion> out = new ArrayList<>();
    MapQuery q =
        new MapQuery(null, null, List.of(), false, "updatedAt", "ASC", 1, MapQuery.MAX_PAGE_SIZE);
    while (true) {
      MapPage page = listMaps(q);
      for (ObjectNode m : page.maps()) {
        out.add(
            new MapVersion(
                io.cartomaps.json.Json.text(m, "id"), io.cartomaps.json.Json.text(m, "updatedAt")));
      }
      if (!page.hasMore() || page.maps().isEmpty()) {
        return out;
      }
      q = q.withPage(q.page() + 1);
    }
  }

  /** The live (draft) map record, keplerMapConfig included, datasets not included. */
  ObjectNode getMap(String mapId);

  /**
   * Creates a private map from {@code title}, {@code description} and {@code keplerMapConfig};
   * returns the record.
   */
  ObjectNode createMap(ObjectNode titleDescriptionKepler);

  /**
   * Patches top-level fields ({@code title}, {@code description}, {@code tags}, {@code
   * collaborative}, {@code agent}, {@code keplerMapConfig} — the last replaces wholesale). Returns
   * the updated record.
   */
  ObjectNode patchMap(String mapId, ObjectNode patch);

  /** Applies {@code {privacy, sharingScope?, userIds?, groupIds?}}. */
  ObjectNode setPrivacy(String mapId, ObjectNode privacy);

  /**
   * Freezes the live map as the snapshot shared/public viewers see; returns the record with
   * lastPublishedAt.
   */
  ObjectNode publish(String mapId);

  /**
   * The published snapshot ({@code keplerMapConfig} and datasets as viewers see them), or null if
   * never published.
   */
  ObjectNode publishedSnapshot(String mapId);

  /** Deletes a map, its datasets and its snapshots. */
  void deleteMap(String mapId);

  List<ObjectNode> listDatasets(String mapId);

  /** Creates a dataset on a map; the result carries the server-assigned {@code id}. */
  ObjectNode createDataset(String mapId, ObjectNode dataset);

  ObjectNode patchDataset(String mapId, String datasetId, ObjectNode patch);

  /**
   * Runs a write made of several calls on this backend, on this thread, as one unit where the
   * backend can: the local store commits all of it in one transaction or nothing (a process killed
   * midway leaves nothing). CARTO's API has no transactions, so by default the calls simply run and
   * the caller undoes a partial write itself.
   */
  default <T> T atomically(Supplier<T> work) {
    return work.get();
  }

  void deleteDataset(String mapId, String datasetId);

  /** Data connections of this profile. */
  List<Connection> connections();

  /**
   * Runs {@code SELECT * FROM (source) WHERE 1=0} (or the table) through a connection and reports
   * the columns the source returns, or why it failed.
   */
  SourceProbe probeSource(String connectionId, SourceKind kind, String source);

  /**
   * Instantiates a dataset the way Builder does (the Maps API answer that carries the tilejson) to
   * catch what would not render ({@code DATASET_WONT_RENDER}: bad columns, aggregation, spatial
   * column). The default reports success; the CARTO backend calls {@code
   * /v3/maps/{connectionName}/{table|query|tileset|raster}}.
   *
   * @param connectionId the dataset's connection
   * @param dataset the dataset as it will be stored ({@code type}, {@code source}, {@code
   *     geoColumn}, {@code columns}, {@code aggregationExp}, …)
   */
  default SourceProbe probeRender(String connectionId, ObjectNode dataset) {
    return SourceProbe.ok(List.of());
  }

  /** Tables (and views) a connection can read, optionally under a prefix such as a schema name. */
  List<TableRef> listTables(String connectionId, String prefix);

  /** Columns, geometry column and type, row count and extent of one table. */
  TableInfo describeTable(String connectionId, String table);

  /**
   * {@code [west, south, east, north]} of a table or query source's geometry, or null when unknown
   * (no geometry, a spatial-index column, a provider without the functions).
   */
  default double[] sourceExtent(
      String connectionId, SourceKind kind, String source, String geoColumn) {
    return null;
  }

  /**
   * Statistics per column and a few sample rows of a table or query source, bounded in size and
   * time (see {@link DataProfile}).
   */
  default DataProfile profileSource(String connectionId, SourceKind kind, String source) {
    throw new BackendException(
        BackendException.Kind.UNSUPPORTED,
        "Profile '" + profile() + "' cannot compute statistics of a source.");
  }

  /** Whether CARTO AI agents are available here, and with which models. */
  AgentsStatus agentsStatus();

  /** Links a person can open for a map. */
  MapUrls urls(String mapId);

  /**
   * Links of a map whose record the caller has just read; backends that would re-read the map use
   * the record.
   */
  default MapUrls urls(ObjectNode mapRecord) {
    return urls(Json.text(mapRecord, "id"));
  }

  /**
   * Whether a shared or public map reaches people on other machines (false for the local
   * workspace).
   */
  default boolean sharesBeyondThisMachine() {
    return true;
  }

  @Override
  void close();
}
