package io.cartomaps.export;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.Connection;
import io.cartomaps.backend.MapUrls;
import io.cartomaps.backend.MapVersion;
import io.cartomaps.bundle.ServerFields;
import io.cartomaps.maps.MapService;
import io.cartomaps.validate.ValidationReport;
import io.cartomaps.validate.finding.Finding;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports a profile's maps into a database, incrementally: the listing (ordered by {@code
 * updatedAt}) tells which maps are new or changed since what the destination holds, which are gone,
 * and only those are fetched. One load is one transaction: if anything fails, the destination keeps
 * the previous load whole and the next run picks up.
 */
public final class EstateExport {

  /** Maps whose rows are written together; bounds memory whatever the estate's size. */
  static final int BATCH = 200;

  /**
   * Maps read and checked at the same time: the store or CARTO answers while the previous maps are
   * checked.
   */
  static final int FETCH_THREADS = 4;

  /**
   * Maps read in one go: one store transaction locally (the embedded store opens its file once per
   * transaction), so a thread reads the next maps while the others check theirs.
   */
  static final int READ_CHUNK = 50;

  private final MapService maps;

  public EstateExport(MapService maps) {
    this.maps = maps;
  }

  public ExportSummary run(ExportOptions options, ExportProgress progress) {
    long started = System.nanoTime();
    Backend backend = maps.backends().backend(options.profile());
    String profile = backend.profile();
    Destination destination = options.destination();
    Run run = new Run();
    try (java.sql.Connection c = destination.open()) {
      EstateWriter writer = new EstateWriter(c, destination.dialect(), options.dataset());
      try {
        writer.prepare();
        EstateWriter.LastLoad last = writer.lastLoad(profile);
        if (options.fullRefresh()) {
          writer.deleteProfile(profile);
        }
        Map<String, Long> stored = options.fullRefresh() ? Map.of() : writer.storedMaps(profile);
        Map<String, Long> listed = list(backend, progress);
        List<String> changed = new ArrayList<>();
        listed.forEach(
            (id, updated) -> {
              if (!stored.containsKey(id) || updated == null || !updated.equals(stored.get(id))) {
                changed.add(id);
              }
            });
        Set<String> gone = new HashSet<>();
        for (String id : stored.keySet()) {
          if (!listed.containsKey(id)) {
            // A listing by offset can skip a map when another is deleted meanwhile: ask before
            // dropping it.
            if (exists(backend, id)) {
              changed.add(id);
            } else {
              gone.add(id);
            }
          }
        }
        String loadId = loadId();
        List<Connection> connections = backend.connections();
        writer.deleteConnections(profile);
        writer.insert(
            EstateSchema.CONNECTIONS,
            connections.stream()
                .map(
                    k -> {
                      Map<String, Object> row = new LinkedHashMap<>();
                      row.put("profile", profile);
                      row.put("connection_id", k.id());
                      row.put("name", k.name());
                      row.put("provider_id", k.providerId());
                      return row;
                    })
                .toList(),
            loadId);
        Map<String, Connection> byId = new LinkedHashMap<>();
        connections.forEach(k -> byId.put(k.id(), k));

        run.total = changed.size();
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < changed.size(); from += READ_CHUNK) {
          chunks.add(changed.subList(from, Math.min(changed.size(), from + READ_CHUNK)));
        }
        try (OrderedFetcher<List<String>, List<Fetched>> fetcher =
            new OrderedFetcher<>(
                chunks,
                FETCH_THREADS,
                2 * BATCH / READ_CHUNK,
                ids -> fetchRows(backend, profile, ids, options.remote(), byId))) {
          while (fetcher.hasNext()) {
            Map<TableSpec, List<Map<String, Object>>> rows = new LinkedHashMap<>();
            List<String> replaced = new ArrayList<>();
            for (int n = 0; n < BATCH && fetcher.hasNext(); n += READ_CHUNK) {
              for (Fetched f : fetcher.next()) {
                if (f.rows() == null) {
                  gone.add(f.id());
                  continue;
                }
                f.rows()
                    .forEach((t, r) -> rows.computeIfAbsent(t, k -> new ArrayList<>()).addAll(r));
                if (stored.containsKey(f.id())) {
                  replaced.add(f.id());
                }
                run.done++;
              }
            }
            writer.deleteMaps(replaced);
            for (TableSpec t : EstateSchema.MAP_TABLES) {
              writer.insert(t, rows.getOrDefault(t, List.of()), loadId);
            }
            progress.update("loading", run.done, run.total);
          }
        }
        writer.deleteMaps(gone);
        Long cursor =
            listed.values().stream().filter(Objects::nonNull).max(Long::compare).orElse(null);
        String cursorIso = cursor == null ? null : Instant.ofEpochMilli(cursor).toString();
        Map<String, Object> load = new LinkedHashMap<>();
        load.put("load_id", loadId);
        load.put("schema_name", options.dataset());
        load.put("status", 0L);
        load.put("inserted_at", Instant.now().toString());
        load.put("profile", profile);
        load.put("cursor_updated_at", cursorIso);
        load.put("full_refresh", options.fullRefresh());
        load.put("maps_listed", (long) listed.size());
        load.put("maps_loaded", (long) run.done);
        load.put("maps_deleted", (long) gone.size());
        writer.insert(EstateSchema.LOADS, List.of(load), loadId);
        writer.flush();
        c.commit();
        return new ExportSummary(
            loadId,
            options.fullRefresh() || last == null ? null : last.loadId(),
            profile,
            destination.display(),
            options.dataset(),
            options.fullRefresh(),
            listed.size(),
            run.done,
            gone.size(),
            listed.size() - changed.size(),
            cursorIso,
            (System.nanoTime() - started) / 1e9);
      } catch (SQLException | RuntimeException e) {
        writer.discard();
        rollback(c);
        throw failed(e, profile, destination, run);
      }
    } catch (SQLException e) {
      throw ExportException.failure(
          "DESTINATION_FAILED",
          "Closing " + destination.display() + " failed: " + e.getMessage(),
          null);
    }
  }

  /** How far the load got, for the message of a failure. */
  private static final class Run {
    int done;
    int total = -1;
  }

  private static ExportException failed(
      Exception e, String profile, Destination destination, Run run) {
    if (e instanceof ExportException ee) {
      return ee;
    }
    String where =
        run.total < 0
            ? "before loading any map"
            : "after " + run.done + " of " + run.total + " maps";
    String kept =
        " Nothing of this load was kept: the destination still holds the previous load whole; run the "
            + "export again to pick up.";
    if (e instanceof BackendException be) {
      return ExportException.failure(
          "SOURCE_" + be.kind().name(),
          "Reading the maps of profile '"
              + profile
              + "' failed "
              + where
              + ": "
              + be.getMessage()
              + "."
              + kept,
          e);
    }
    if (e instanceof SQLException) {
      return ExportException.failure(
          "DESTINATION_FAILED",
          "Writing to "
              + destination.display()
              + " failed "
              + where
              + ": "
              + firstLine(e.getMessage())
              + "."
              + kept,
          e);
    }
    return ExportException.failure(
        "EXPORT_FAILED", "The export failed " + where + ": " + e + "." + kept, e);
  }

  private static void rollback(java.sql.Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is gone; the database discards the uncommitted load itself
    }
  }

  /**
   * Every map's id and {@code updatedAt} (epoch ms), oldest first: the two fields alone, not the
   * listing's rows.
   */
  private static Map<String, Long> list(Backend backend, ExportProgress progress) {
    Map<String, Long> listed = new LinkedHashMap<>();
    for (MapVersion v : backend.mapVersions()) {
      if (v.id() != null) {
        listed.remove(v.id());
        listed.put(v.id(), Times.millis(v.updatedAt()));
      }
    }
    progress.update("listing", listed.size(), listed.size());
    return listed;
  }

  private static boolean exists(Backend backend, String id) {
    try {
      backend.getMap(id);
      return true;
    } catch (BackendException e) {
      if (e.kind() == BackendException.Kind.NOT_FOUND) {
        return false;
      }
      throw e;
    }
  }

  /** A map record and its datasets, read together. */
  private record Read(ObjectNode record, List<ObjectNode> datasets) {}

  /** A map's rows, or null rows when it was deleted since the listing. */
  private record Fetched(String id, Map<TableSpec, List<Map<String, Object>>> rows) {}

  /** The rows of some maps, read together and then checked one by one. */
  private List<Fetched> fetchRows(
      Backend backend,
      String profile,
      List<String> ids,
      boolean remote,
      Map<String, Connection> connections) {
    List<Read> reads = backend.atomically(() -> ids.stream().map(id -> read(backend, id)).toList());
    List<Fetched> out = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      Read r = reads.get(i);
      FetchedMap m = r == null ? null : check(backend, profile, r, remote);
      out.add(new Fetched(ids.get(i), m == null ? null : MapRows.of(profile, m, connections)));
    }
    return out;
  }

  /** A map record and its datasets; null when the map was deleted since the listing. */
  private static Read read(Backend backend, String id) {
    try {
      return new Read(backend.getMap(id), backend.listDatasets(id));
    } catch (BackendException e) {
      if (e.kind() == BackendException.Kind.NOT_FOUND) {
        return null;
      }
      throw e;
    }
  }

  /** One map's bundle, links and findings, from the records read. */
  private FetchedMap check(Backend backend, String profile, Read read, boolean remote) {
    ObjectNode record = read.record();
    List<ObjectNode> datasets = read.datasets();
    ObjectNode bundle = ServerFields.toBundle(record, datasets);
    ValidationReport tier1 = maps.validate(profile, bundle, false);
    List<Finding> t1 = all(tier1);
    List<Finding> t2 = null;
    if (remote) {
      Set<Finding> first = new HashSet<>(t1);
      t2 =
          all(maps.validate(profile, bundle, true)).stream()
              .filter(f -> !first.contains(f))
              .toList();
    }
    return new FetchedMap(record, bundle, datasets, links(backend, record), t1, t2);
  }

  /**
   * The map's links, or none when the backend cannot build them (e.g. a CARTO profile without its
   * domain).
   */
  private static MapUrls links(Backend backend, ObjectNode record) {
    try {
      return backend.urls(record);
    } catch (BackendException e) {
      if (e.kind() == BackendException.Kind.UNSUPPORTED) {
        return new MapUrls(null, null, null);
      }
      throw e;
    }
  }

  private static List<Finding> all(ValidationReport r) {
    List<Finding> out = new ArrayList<>(r.errors());
    out.addAll(r.warnings());
    return out;
  }

  /** dlt's load id: the start time in seconds, with microseconds. */
  private static String loadId() {
    Instant now = Instant.now();
    return String.format(Locale.ROOT, "%d.%06d", now.getEpochSecond(), now.getNano() / 1000);
  }

  private static String firstLine(String message) {
    String m = message == null ? "unknown error" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
