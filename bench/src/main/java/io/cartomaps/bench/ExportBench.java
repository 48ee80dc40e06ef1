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
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code maps export} of 10,000 generated local maps into a DuckDB file: a full load and an
 * incremental load with 1 % of the maps changed, next to the floor of merely reading the same
 * bundles from the store (listing, each map and its datasets, made into bundles), in one run.
 *
 * <p>Each phase runs in JVMs of its own, warm-up rounds ({@value #WARM_UPS}; {@value
 * #INCREMENTAL_WARM_UPS} of the short incremental load, after a full load) and then the measured
 * ones, as JMH forks a benchmark: in one JVM running all three phases in turn, the C2 compiler of a
 * two-core machine was still compiling (and recompiling what the other phases' type profiles had
 * invalidated) in the third round, so whichever phase came after another paid for it. Prints, per
 * phase, the median of the measured rounds in seconds and maps per second, the peak heap, the bytes
 * the measuring thread allocated, the CPU time of the process and the time its JIT compilers spent.
 *
 * <pre>
 * mvn -B -Pbench -DskipTests package
 * java -Xmx1g -cp target/benchmarks.jar io.cartomaps.bench.ExportBench [home] [maps] [rounds] [forks]
 * </pre>
 *
 * The home (default {@code /tmp/carto-maps-export-bench}) keeps the generated maps between runs.
 */
public final class ExportBench {

  /** As many maps as the export reads in one store transaction. */
  private static final int READ_CHUNK = 50;

  private ExportBench() {}

  /** The measured phases, each run in JVMs of its own. */
  private static final List<String> PHASES = List.of("floor", "full", "incremental");

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length > 0 && args[0].equals("phase")) {
      phase(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
      return;
    }
    Path home = Path.of(args.length > 0 ? args[0] : "/tmp/carto-maps-export-bench");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int forks = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    try (LocalBackend local = LocalBackend.open(home, null)) {
      generate(local, count);
    }
    Map<String, List<double[]>> runs = new LinkedHashMap<>();
    for (int f = 0; f < forks; f++) {
      for (String phase : PHASES) {
        List<double[]> measured = fork(phase, home, count, rounds);
        for (double[] m : measured) {
          System.out.printf(
              Locale.ROOT,
              "fork %d %-12s %6.2f s  CPU %6.2f s  JIT %5.2f s%n",
              f + 1,
              phase,
              m[0],
              m[4],
              m[5]);
        }
        runs.computeIfAbsent(phase, k -> new ArrayList<>()).addAll(measured);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%n%d maps; each phase in %d JVMs of its own, %d measured rounds after %d warm-up rounds"
            + " (incremental: a full load and %d) in each (medians)%n",
        count,
        forks,
        rounds,
        WARM_UPS,
        INCREMENTAL_WARM_UPS);
    System.out.printf(
        Locale.ROOT,
        "%-34s %8s %10s %14s %14s %8s %8s %12s %8s%n",
        "phase",
        "s",
        "maps/s",
        "peak heap MB",
        "allocated MB",
        "× floor",
        "CPU s",
        "CPU × floor",
        "JIT s");
    List<double[]> floor = runs.get("floor");
    double fl = median(floor, 0);
    double flCpu = median(floor, 4);
    row("floor: read the bundles", floor, count, fl, flCpu);
    row("full export (DuckDB)", runs.get("full"), count, fl, flCpu);
    row("incremental, 1 % changed", runs.get("incremental"), count, fl, flCpu);
    System.out.printf(
        Locale.ROOT,
        "incremental / full: %.3f (CPU %.3f)%n",
        median(runs.get("incremental"), 0) / median(runs.get("full"), 0),
        median(runs.get("incremental"), 4) / median(runs.get("full"), 4));
  }

  /** Warm-up rounds of a phase before it is measured, so that it runs compiled code. */
  private static final int WARM_UPS = 3;

  /**
   * Warm-up rounds of the incremental load: each is short, so it takes more of them for the
   * compiler to finish with its code.
   */
  private static final int INCREMENTAL_WARM_UPS = 10;

  /**
   * Runs one phase in a JVM of its own (same Java, class path and heap) and reads back what it
   * measured.
   */
  private static List<double[]> fork(String phase, Path home, int count, int rounds)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("-Xm"))
        .forEach(command::add);
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            ExportBench.class.getName(),
            "phase",
            phase,
            home.toString(),
            String.valueOf(count),
            String.valueOf(rounds)));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<double[]> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("RESULT ")) {
          out.add(
              Arrays.stream(line.substring(7).trim().split(" "))
                  .mapToDouble(Double::parseDouble)
                  .toArray());
        }
      }
    }
    if (p.waitFor() != 0 || out.size() != rounds) {
      throw new IllegalStateException(
          "the " + phase + " phase failed (exit " + p.exitValue() + ")");
    }
    return out;
  }

  /**
   * One phase, its warm-up rounds and then {@code rounds} measured ones, each printed as a {@code
   * RESULT} line.
   */
  private static void phase(String phase, Path home, int count, int rounds) throws IOException {
    try (LocalBackend local = LocalBackend.open(home, null)) {
      MapService maps = new MapService(registry(local), Tier1Validator.standard()::validate);
      EstateExport export = new EstateExport(maps);
      Path dir = Files.createTempDirectory("export-bench");
      Path file = dir.resolve("estate.duckdb");
      ExportOptions options =
          new ExportOptions("local", new Destination.DuckDbFile(file), null, false, false);
      if (phase.equals("incremental")) {
        export.run(options, ExportProgress.NONE);
      }
      int warmUps = phase.equals("incremental") ? INCREMENTAL_WARM_UPS : WARM_UPS;
      for (int r = 0; r < warmUps + rounds; r++) {
        double[] m;
        switch (phase) {
          case "floor" -> m = measure(() -> readBundles(local));
          case "full" -> {
            m = measure(() -> export.run(options, ExportProgress.NONE));
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir.resolve("estate.duckdb.wal"));
          }
          case "incremental" -> {
            touch(local, count / 100, r);
            m = measure(() -> export.run(options, ExportProgress.NONE));
          }
          default -> throw new IllegalArgumentException(phase);
        }
        if (r >= warmUps) {
          System.out.println(
              "RESULT "
                  + String.join(" ", Arrays.stream(m).mapToObj(v -> Double.toString(v)).toList()));
        }
      }
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir.resolve("estate.duckdb.wal"));
      Files.deleteIfExists(dir);
    }
  }

  private static void row(
      String name, List<double[]> runs, int count, double floor, double floorCpu) {
    double s = median(runs, 0);
    double cpu = median(runs, 4);
    System.out.printf(
        Locale.ROOT,
        "%-34s %8.2f %10.0f %14.0f %14.0f %8.2f %8.2f %12.2f %8.2f%n",
        name,
        s,
        count / s,
        median(runs, 1) / 1e6,
        median(runs, 2) / 1e6,
        s / floor,
        cpu,
        cpu / floorCpu,
        median(runs, 5));
  }

  private static double median(List<double[]> runs, int i) {
    double[] v = runs.stream().mapToDouble(r -> r[i]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /**
   * Seconds, peak heap bytes, bytes allocated by this thread, the maps loaded (for exports), the
   * CPU seconds of the whole process (every thread, DuckDB's and the collector's included), which
   * other work on a shared machine disturbs less than the elapsed time, and the seconds the JIT
   * compilers spent.
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
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    long jit0 = jit.getTotalCompilationTime();
    long t0 = System.nanoTime();
    Object result = phase.get();
    double seconds = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    double loaded = result instanceof ExportSummary s ? s.loaded() : 0;
    return new double[] {
      seconds,
      peak,
      threads.getThreadAllocatedBytes(tid) - allocated,
      loaded,
      cpu,
      (jit.getTotalCompilationTime() - jit0) / 1e3
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
