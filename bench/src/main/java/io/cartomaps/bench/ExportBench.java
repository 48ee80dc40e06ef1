package io.cartomaps.bench;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.BackendRegistry;
import io.cartomaps.backend.MapPage;
import io.cartomaps.backend.MapQuery;
import io.cartomaps.backend.MapVersion;
import io.cartomaps.backend.local.LocalBackend;
import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.bundle.ServerFields;
import io.cartomaps.export.Destination;
import io.cartomaps.export.EstateExport;
import io.cartomaps.export.ExportOptions;
import io.cartomaps.export.ExportProgress;
import io.cartomaps.export.ExportSummary;
import io.cartomaps.json.Json;
import io.cartomaps.maps.MapService;
import io.cartomaps.validate.Tier1Validator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code maps export} of 10,000 generated local maps into a DuckDB file: a full load and an
 * incremental load with 1 % of the maps changed, next to the floor of merely reading the same
 * bundles from the store (listing, each map and its datasets, made into bundles), all in the same
 * JVM. Prints, per phase, the median of the rounds in seconds and maps per second, the peak heap
 * and the bytes the exporting thread allocated.
 *
 * <pre>
 * mvn -B -Pbench -DskipTests package
 * java -Xmx1g -cp target/benchmarks.jar io.cartomaps.bench.ExportBench [home] [maps] [rounds]
 * </pre>
 *
 * The home (default {@code /tmp/carto-maps-export-bench}) keeps the generated maps between runs.
 */
public final class ExportBench {

  /** As many maps as the export reads in one store transaction. */
  private static final int READ_CHUNK = 50;

  private ExportBench() {}

  public static void main(String[] args) throws IOException {
    Path home = Path.of(args.length > 0 ? args[0] : "/tmp/carto-maps-export-bench");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    try (LocalBackend local = LocalBackend.open(home, null)) {
      generate(local, count);
      MapService maps = new MapService(registry(local), Tier1Validator.standard()::validate);
      EstateExport export = new EstateExport(maps);
      List<double[]> floor = new ArrayList<>();
      List<double[]> full = new ArrayList<>();
      List<double[]> incremental = new ArrayList<>();
      Path dir = Files.createTempDirectory("export-bench");
      for (int r = 0; r < rounds + 1; r++) {
        boolean warmUp = r == 0;
        double[] f = measure(() -> readBundles(local));
        Path file = dir.resolve("round" + r + ".duckdb");
        Destination d = new Destination.DuckDbFile(file);
        double[] l =
            measure(
                () ->
                    export.run(
                        new ExportOptions("local", d, null, false, false), ExportProgress.NONE));
        touch(local, count / 100, r);
        double[] i =
            measure(
                () ->
                    export.run(
                        new ExportOptions("local", d, null, false, false), ExportProgress.NONE));
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir.resolve("round" + r + ".duckdb.wal"));
        System.out.printf(
            Locale.ROOT,
            "%s round: floor %.2f s (CPU %.2f s), full %.2f s (CPU %.2f s), incremental %.2f s"
                + " (CPU %.2f s, %d loaded)%n",
            warmUp ? "warm-up" : "measured",
            f[0],
            f[4],
            l[0],
            l[4],
            i[0],
            i[4],
            (long) i[3]);
        if (!warmUp) {
          floor.add(f);
          full.add(l);
          incremental.add(i);
        }
      }
      System.out.printf(Locale.ROOT, "%n%d maps, %d measured rounds (medians)%n", count, rounds);
      System.out.printf(
          Locale.ROOT,
          "%-34s %8s %10s %14s %14s %8s %8s %12s%n",
          "phase",
          "s",
          "maps/s",
          "peak heap MB",
          "allocated MB",
          "× floor",
          "CPU s",
          "CPU × floor");
      double fl = median(floor, 0);
      double flCpu = median(floor, 4);
      row("floor: read the bundles", floor, count, fl, flCpu);
      row("full export (DuckDB)", full, count, fl, flCpu);
      row("incremental, 1 % changed", incremental, count, fl, flCpu);
      System.out.printf(
          Locale.ROOT,
          "incremental / full: %.3f (CPU %.3f)%n",
          median(incremental, 0) / median(full, 0),
          median(incremental, 4) / median(full, 4));
    }
  }

  private static void row(
      String name, List<double[]> runs, int count, double floor, double floorCpu) {
    double s = median(runs, 0);
    double cpu = median(runs, 4);
    System.out.printf(
        Locale.ROOT,
        "%-34s %8.2f %10.0f %14.0f %14.0f %8.2f %8.2f %12.2f%n",
        name,
        s,
        count / s,
        median(runs, 1) / 1e6,
        median(runs, 2) / 1e6,
        s / floor,
        cpu,
        cpu / floorCpu);
  }

  private static double median(List<double[]> runs, int i) {
    double[] v = runs.stream().mapToDouble(r -> r[i]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /**
   * Seconds, peak heap bytes, bytes allocated by this thread, the maps loaded (for exports), and
   * the CPU seconds of the whole process (every thread, DuckDB's and the collector's included),
   * which other work on a shared machine disturbs less than the elapsed time.
   */
  private static double[] measure(Supplier<Object> phase) {
    System.gc();
    List<MemoryPoolMXBean> heap =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long tid = Thread.currentThread().getId();
    long allocated = threads.getThreadAllocatedBytes(tid);
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    Object result = phase.get();
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    double loaded = result instanceof ExportSummary s ? s.loaded() : 0;
    return new double[] {
      seconds, peak, threads.getThreadAllocatedBytes(tid) - allocated, loaded, cpu
    };
  }

  /**
   * What the export reads, without checking or writing, the cheapest way the store allows: every
   * map's id and {@code updatedAt}, then the maps and their datasets {@value #READ_CHUNK} at a time
   * in one store transaction, made into bundles with their links.
   */
  private static Object readBundles(Backend b) {
    List<String> ids = b.mapVersions().stream().map(MapVersion::id).toList();
    long chars = 0;
    for (int from = 0; from < ids.size(); from += READ_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + READ_CHUNK));
      chars +=
          b.atomically(
              () -> {
                long n = 0;
                for (String id : chunk) {
                  ObjectNode record = b.getMap(id);
                  ObjectNode bundle = ServerFields.toBundle(record, b.listDatasets(id));
                  n += bundle.size() + b.urls(record).hashCode() % 2;
                }
                return n;
              });
    }
    return chars;
  }

  private static void touch(Backend b, int n, int round) {
    MapPage page = b.listMaps(new MapQuery(null, null, List.of(), false, "updatedAt", "ASC", 1, n));
    for (ObjectNode m : page.maps()) {
      ObjectNode patch = Json.object();
      patch.put("title", Json.text(m, "title") + " r" + round);
      b.patchMap(Json.text(m, "id"), patch);
    }
  }

  private static BackendRegistry registry(LocalBackend local) {
    return new BackendRegistry() {
      @Override
      public Backend backend(String profile) {
        return local;
      }

      @Override
      public List<String> profiles() {
        return List.of("local");
      }

      @Override
      public String defaultProfile() {
        return "local";
      }

      @Override
      public void close() {}
    };
  }

  /**
   * Tops the workspace up to {@code count} maps: two datasets (a table and a query), three layers,
   * two widgets.
   */
  private static void generate(LocalBackend b, int count) {
    long have = b.listMaps(MapQuery.firstPage(1)).total();
    if (have >= count) {
      return;
    }
    System.out.printf("generating %d maps…%n", count - have);
    String[] privacies = {"private", "shared", "public"};
    for (long i = have; i < count; i++) {
      ObjectNode map =
          b.createMap(
              (ObjectNode)
                  Json.parse(
                      "{\"title\":\"Generated map "
                          + i
                          + "\","
                          + "\"description\":\"Places and countries, variant "
                          + i
                          + "\"}"));
      String id = Json.text(map, "id");
      String places =
          Json.text(
              b.createDataset(
                  id,
                  (ObjectNode)
                      Json.parse(
                          """
          {"type":"table","source":"samples.places","connectionId":"%s","geoColumn":"geom",
           "columns":["geom","name","population"],"format":"tilejson","label":"Places"}
          """
                              .formatted(LocalConnection.ID))),
              "id");
      String countries =
          Json.text(
              b.createDataset(
                  id,
                  (ObjectNode)
                      Json.parse(
                          """
          {"type":"query","source":"SELECT name, continent, geom FROM samples.countries WHERE area_km2 > %d",
           "connectionId":"%s","geoColumn":"geom","columns":["geom","name","continent"],"format":"tilejson",
           "label":"Countries"}
          """
                              .formatted(i % 1000, LocalConnection.ID))),
              "id");
      ObjectNode patch =
          (ObjectNode)
              Json.parse(
                  """
          {"tags":["generated","t%d"],"keplerMapConfig":{"version":"v1","config":{
            "mapState":{"latitude":20,"longitude":%d,"zoom":2,"pitch":0,"bearing":0},
            "mapStyle":{"styleType":"positron"},"basemapConfig":{"styleId":"positron"},
            "visState":{"layers":[
              {"id":"L1","type":"tileset","config":{"dataId":"%s","label":"Places","color":[200,60,40],
               "isVisible":true,"textLabel":[{"field":null,"size":12}],"visConfig":{"radius":3}},
               "visualChannels":{"colorField":{"name":"population","type":"integer"},"colorScale":"quantile"}},
              {"id":"L2","type":"tileset","config":{"dataId":"%s","label":"Countries","color":[90,90,160],
               "isVisible":true,"textLabel":[{"field":null,"size":12}],"visConfig":{"opacity":0.3}},
               "visualChannels":{"colorField":{"name":"continent","type":"string"},"colorScale":"ordinal"}},
              {"id":"L3","type":"tileset","config":{"dataId":"%s","label":"Labels","color":[0,0,0],
               "isVisible":false,"textLabel":[{"field":{"name":"name","type":"string"},"size":12}],
               "visConfig":{"radius":1}},"visualChannels":{"colorField":null}}],
              "layerBlending":"normal","splitMaps":[],"filters":[]},
            "widgets":[
              {"id":"w1","type":"formula","title":"Population","column":"population","operation":"sum",
               "dataSource":"%s","isValid":true},
              {"id":"w2","type":"category","title":"By continent","column":"continent","operation":"count",
               "operationColumn":"continent","dataSource":"%s","isValid":true}],
            "popupSettings":{"layers":{"L1":{"enabled":true,"click":{"style":"panel","fields":[{"name":"name"},
               {"name":"population"}]}}}}}}}
          """
                      .formatted(
                          i % 7, (i % 360) - 180, places, countries, places, places, countries));
      b.patchMap(id, patch);
      String privacy = privacies[(int) (i % 3)];
      if (!privacy.equals("private")) {
        b.setPrivacy(
            id,
            (ObjectNode)
                Json.parse(
                    "{\"privacy\":\""
                        + privacy
                        + "\""
                        + (privacy.equals("shared")
                            ? ",\"sharingScope\":\"organization\"}"
                            : "}")));
        if (i % 2 == 0) {
          b.publish(id);
        }
      }
      if ((i + 1) % 1000 == 0) {
        System.out.printf("  %d maps%n", i + 1);
      }
    }
  }
}
