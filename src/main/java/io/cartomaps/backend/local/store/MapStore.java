package io.cartomaps.backend.local.store;

import io.cartomaps.backend.MapPage;
import io.cartomaps.backend.MapQuery;
import io.cartomaps.backend.MapVersion;
import io.cartomaps.backend.local.store.DatasetTable.DatasetRow;
import io.cartomaps.backend.local.workspace.LocalHome;
import io.cartomaps.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The local workspace's maps, datasets and published snapshots. Each method is one transaction on
 * the embedded store, so a write either happens completely or not at all, and every write moves the
 * map's {@code updatedAt} on.
 */
public final class MapStore implements AutoCloseable {

  /** Owner of every local map: the person at this machine. */
  public static final String OWNER_ID = "local";

  private final StoreDatabase db;
  private final MonotonicClock clock;

  private MapStore(StoreDatabase db, MonotonicClock clock) {
    this.db = db;
    this.clock = clock;
  }

  /**
   * Opens the store in {@code home}, creating the folder and the database on first use — or the
   * shared PostgreSQL store when {@code CARTO_MAPS_STORE_URL} names one.
   */
  public static MapStore open(LocalHome home) {
    return on(StoreDatabase.open(home));
  }

  /**
   * Whether there is a store to read: always for a shared PostgreSQL store (or a misnamed one, so
   * opening reports it), and for the embedded store once its file exists. Listing an empty
   * workspace needs no database.
   */
  public static boolean exists(LocalHome home) {
    try {
      if (!StoreLocation.fromEnvironment().embedded()) {
        return true;
      }
    } catch (IllegalArgumentException e) {
      return true;
    }
    return Files.exists(Path.of(home.mapsDatabase() + ".mv.db"));
  }

  static MapStore on(StoreDatabase db) {
    return new MapStore(db, new MonotonicClock(Clock.systemUTC()));
  }

  public MapPage list(MapQuery query) {
    MapListing listing = MapListing.of(query);
    return db.inTransaction(listing::run);
  }

  /** Every map's id and updatedAt, oldest change first. */
  public List<MapVersion> versions() {
    return db.inTransaction(MapTable::versions);
  }

  public ObjectNode get(String mapId) {
    return db.inTransaction(c -> MapTable.require(c, mapId, false).toRecord());
  }

  public String privacy(String mapId) {
    return db.inTransaction(c -> MapTable.privacy(c, mapId));
  }

  public ObjectNode create(ObjectNode body) {
    MapRow row = MapRequests.create(body, UUID.randomUUID().toString(), OWNER_ID, clock.millis());
    return db.inTransaction(
        c -> {
          MapTable.insert(c, row);
          return row.toRecord();
        });
  }

  public ObjectNode patch(String mapId, ObjectNode patch) {
    return db.inTransaction(
        c -> {
          MapRow row = MapTable.require(c, mapId, true);
          MapRow patched = MapRequests.patch(row, patch, clock.millis());
          if (patched != row) {
            MapTable.update(c, patched);
          }
          return patched.toRecord();
        });
  }

  public ObjectNode setPrivacy(String mapId, ObjectNode privacy) {
    return db.inTransaction(
        c -> {
          MapRow changed =
              MapRequests.privacy(MapTable.require(c, mapId, true), privacy, clock.millis());
          MapTable.update(c, changed);
          return changed.toRecord();
        });
  }

  /**
   * Freezes keplerMapConfig and the dataset records as the next snapshot version. {@code updatedAt}
   * is set to the same instant as {@code lastPublishedAt}, so {@code updatedAt > lastPublishedAt}
   * means "changed since publish".
   */
  public ObjectNode publish(String mapId) {
    return db.inTransaction(
        c -> {
          MapRow row = MapTable.require(c, mapId, true);
          long now = Instants.after(clock.millis(), row.updatedAt());
          int version = row.publishedVersion() + 1;
          ArrayNode datasets = Json.array();
          DatasetTable.ofMap(c, mapId).forEach(d -> datasets.add(d.toRecord()));
          SnapshotTable.insert(c, mapId, version, now, row.keplerMapConfig(), datasets);
          MapRow published =
              new MapRow(
                  row.id(),
                  row.title(),
                  row.description(),
                  row.privacy(),
                  row.sharingScope(),
                  row.userIds(),
                  row.groupIds(),
                  row.collaborative(),
                  row.tags(),
                  row.keplerMapConfig(),
                  row.agent(),
                  row.ownerId(),
                  row.createdAt(),
                  now,
                  now,
                  version);
          MapTable.update(c, published);
          return published.toRecord();
        });
  }

  public ObjectNode publishedSnapshot(String mapId) {
    return db.inTransaction(
        c -> {
          MapTable.require(c, mapId, false);
          return SnapshotTable.latest(c, mapId);
        });
  }

  public void delete(String mapId) {
    db.inTransaction(
        c -> {
          if (!MapTable.delete(c, mapId)) {
            throw MapTable.notFound(mapId);
          }
          return null;
        });
  }

  public List<ObjectNode> datasets(String mapId) {
    return db.inTransaction(
        c -> {
          MapTable.requireExists(c, mapId);
          return DatasetTable.ofMap(c, mapId).stream().map(DatasetRow::toRecord).toList();
        });
  }

  public ObjectNode createDataset(String mapId, ObjectNode dataset) {
    ObjectNode body = DatasetRequests.create(dataset);
    String id = UUID.randomUUID().toString();
    return db.inTransaction(
        c -> {
          MapRow map = MapTable.require(c, mapId, true);
          long now = MapTable.touch(c, map, clock.millis());
          DatasetRow row = new DatasetRow(id, mapId, body, now, now);
          DatasetTable.insert(c, row);
          return row.toRecord();
        });
  }

  public ObjectNode patchDataset(String mapId, String datasetId, ObjectNode patch) {
    return db.inTransaction(
        c -> {
          MapRow map = MapTable.require(c, mapId, true);
          DatasetRow row = DatasetTable.require(c, mapId, datasetId);
          ObjectNode merged = DatasetRequests.patch(row.body(), patch);
          long now = MapTable.touch(c, map, Math.max(clock.millis(), row.updatedAt() + 1));
          DatasetRow changed = new DatasetRow(row.id(), mapId, merged, row.createdAt(), now);
          DatasetTable.update(c, changed);
          return changed.toRecord();
        });
  }

  public void deleteDataset(String mapId, String datasetId) {
    db.inTransaction(
        c -> {
          MapRow map = MapTable.require(c, mapId, true);
          DatasetTable.require(c, mapId, datasetId);
          DatasetTable.delete(c, mapId, datasetId);
          MapTable.touch(c, map, clock.millis());
          return null;
        });
  }

  /**
   * Runs {@code work}, whose store calls on this thread join one transaction: all of them are
   * committed together or none is. A conflict with another process runs {@code work} again from the
   * start.
   */
  public <T> T atomically(Supplier<T> work) {
    return db.inTransaction(c -> work.get());
  }

  /**
   * Reads every row back and reports counts and inconsistencies (for diagnostics and the crash
   * test).
   */
  public StoreCheck check() {
    return db.inTransaction(StoreChecker::check);
  }

  @Override
  public void close() {
    db.close();
  }
}
