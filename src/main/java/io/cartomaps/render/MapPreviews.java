package io.cartomaps.render;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.FeatureSource;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.WidgetSource;
import io.cartomaps.backend.local.LocalBackend;
import io.cartomaps.bundle.BundleView;
import io.cartomaps.bundle.SqlParameterDefaults;
import io.cartomaps.json.Json;
import io.cartomaps.maps.MapService;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Screenshots of saved maps and of unsaved bundles. Maps of a profile whose data this program can
 * read (the local workspace) are drawn offline from their rows; CARTO maps go to the cloud engine,
 * which needs the network.
 */
public final class MapPreviews implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(MapPreviews.class);

  /** Rows read per dataset for a preview. */
  public static final int MAX_ROWS = FeatureSource.MAX_FEATURES;

  static final String CLOUD_WIDGETS =
      "This profile's backend does not compute widget values; the picture shows"
          + " them as Builder's viewer draws them.";

  private final MapService maps;
  private final Supplier<MapRenderer> renderer;
  private final CloudRenderEngine cloud;
  private final BiFunction<String, String, CloudMapRef> cloudRefs;
  private final WarmUpSize warmUpSize;
  private MapRenderer started;

  /**
   * @param renderer creates the offline renderer on first use (it owns a browser)
   * @param cloudRefs (profile, map id) → the CARTO map to render online
   */
  public MapPreviews(
      MapService maps,
      Supplier<MapRenderer> renderer,
      CloudRenderEngine cloud,
      BiFunction<String, String, CloudMapRef> cloudRefs) {
    this(maps, renderer, cloud, cloudRefs, null);
  }

  /**
   * @param sizeFile where the last offline screenshot's size is kept for the next warm-up; null
   *     keeps none (the warm-up draws at the default size)
   */
  public MapPreviews(
      MapService maps,
      Supplier<MapRenderer> renderer,
      CloudRenderEngine cloud,
      BiFunction<String, String, CloudMapRef> cloudRefs,
      Path sizeFile) {
    this.maps = maps;
    this.renderer = renderer;
    this.cloud = cloud;
    this.cloudRefs = cloudRefs;
    this.warmUpSize = new WarmUpSize(sizeFile);
  }

  public Screenshot ofMap(String profile, String mapId, ScreenshotOptions options) {
    Backend b = maps.backends().backend(profile);
    if (!(b instanceof FeatureSource)) {
      if (options.engine() != RenderEngine.FULL) {
        return cloud.render(cloudRefs.apply(b.profile(), mapId), options);
      }
      List<ObjectNode> widgets = cloudWidgets(b, maps.bundle(profile, mapId));
      try {
        return cloud.render(cloudRefs.apply(b.profile(), mapId), options).withWidgets(widgets);
      } catch (RenderException e) {
        throw e.withWidgets(widgets);
      }
    }
    return draw(maps.bundle(profile, mapId), fs(b), options);
  }

  /**
   * The values of a CARTO map's widgets, computed before the picture is taken so they reach the
   * caller even when CARTO's viewer cannot be reached (the failure then carries them).
   */
  static List<ObjectNode> cloudWidgets(Backend b, ObjectNode bundle) {
    if (!(b instanceof WidgetSource ws)) {
      return MapWidgets.unavailable(bundle, CLOUD_WIDGETS);
    }
    SqlParameterDefaults.applyToSaved(bundle);
    return MapWidgets.compute(bundle, ws);
  }

  /** Renders a bundle that is not saved yet, with the data of {@code profile}. */
  public Screenshot ofBundle(String profile, JsonNode bundle, ScreenshotOptions options) {
    Backend b = maps.backends().backend(profile);
    if (!(b instanceof FeatureSource fs)) {
      throw new RenderException(
          "Previewing an unsaved bundle needs data this program can read, and profile '"
              + b.profile()
              + "' is a CARTO organisation: create the map first and screenshot it by id, or preview "
              + "with profile 'local'.");
    }
    if (!(bundle instanceof ObjectNode o)) {
      throw new RenderException("The bundle to preview must be a JSON object.");
    }
    return draw(o.deepCopy(), fs, options);
  }

  /**
   * Draws a bundle with its rows; the full engine also computes and draws its widgets. The renderer
   * hears of the render before the rows are read, so the warm-up starts nothing new meanwhile.
   */
  private Screenshot draw(ObjectNode bundle, FeatureSource fs, ScreenshotOptions options) {
    Runnable rendered = renderer().expectRender();
    try {
      RenderInput input = withData(bundle, fs);
      warmUpSize.remember(options);
      if (options.engine() != RenderEngine.FULL) {
        return renderer().render(input, options);
      }
      List<ObjectNode> widgets = widgets(bundle, fs);
      return renderer().render(input.withWidgets(widgets), options).withWidgets(widgets);
    } finally {
      rendered.run();
    }
  }

  /** The values of a bundle's widgets; {@link #withData} has applied its SQL parameter defaults. */
  static List<ObjectNode> widgets(ObjectNode bundle, FeatureSource fs) {
    return fs instanceof WidgetSource ws
        ? MapWidgets.compute(bundle, ws)
        : MapWidgets.unavailable(
            bundle, "This profile's data engine does not compute widget values.");
  }

  private static FeatureSource fs(Backend b) {
    return (FeatureSource) b;
  }

  /**
   * What the interactive viewer shows for a saved map ({@code mapId}) or an unsaved bundle, with
   * its data.
   */
  public RenderInput viewInput(String profile, String mapId, JsonNode bundle) {
    if (mapId != null) {
      return input(profile, mapId);
    }
    Backend b = maps.backends().backend(profile);
    if (!(b instanceof FeatureSource fs) || !(bundle instanceof ObjectNode o)) {
      throw new RenderException("Only maps whose data this program reads can be shown inline.");
    }
    ObjectNode copy = o.deepCopy();
    RenderInput input = withData(copy, fs);
    return input.withWidgets(widgets(copy, fs));
  }

  /** What the renderer and the interactive viewer draw for a saved local map. */
  public RenderInput input(String profile, String mapId) {
    Backend b = maps.backends().backend(profile);
    if (!(b instanceof FeatureSource fs)) {
      throw new RenderException(
          "Profile '" + b.profile() + "' maps are opened in CARTO Builder, not here.");
    }
    ObjectNode bundle = maps.bundle(profile, mapId);
    RenderInput input = withData(bundle, fs);
    return input.withWidgets(widgets(bundle, fs));
  }

  static RenderInput withData(ObjectNode bundle, FeatureSource fs) {
    SqlParameterDefaults.apply(bundle);
    for (ObjectNode d : BundleView.datasets(bundle)) {
      SourceKind kind = SourceKind.of(Json.text(d, "type"));
      String geo = Json.text(d, "geoColumn");
      List<String> columns = List.of();
      long started = System.nanoTime();
      ObjectNode data =
          fs.features(
              Json.text(d, "connectionId"), kind, Json.text(d, "source"), geo, columns, MAX_ROWS);
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "rows of {}: {} features in {} ms",
            Json.text(d, "source"),
            data.path("features").size(),
            (System.nanoTime() - started) / 1_000_000);
      }
      cellIdsAsProperties(data, geo);
      d.set("data", data);
    }
    return RenderInput.fromBundle(bundle);
  }

  /** Pre-indexed cells arrive as feature ids; the viewer reads them from the geoColumn's column. */
  private static void cellIdsAsProperties(ObjectNode data, String geoColumn) {
    if (geoColumn == null || !geoColumn.contains(":")) {
      return;
    }
    String column = geoColumn.substring(geoColumn.indexOf(':') + 1);
    for (JsonNode f : data.path("features")) {
      JsonNode id = f.get("id");
      JsonNode props = f.get("properties");
      boolean cell = f.get("geometry") == null || f.get("geometry").isNull();
      if (cell && id != null && props instanceof ObjectNode p && !p.has(column)) {
        p.put(column, id.asString());
      }
    }
  }

  /**
   * Gets the first screenshot ready in the background and returns at once: starts the offline
   * renderer's browser and draws points over the basemap there at the size of the last screenshot
   * taken in this home; meanwhile, when the default profile is the local workspace and its sample
   * data is built, reads a sample map's rows and builds its spec through the screenshot's own code
   * ({@link WarmUpMap}), which runs several times slower the first time, and has the renderer draw
   * it.
   *
   * @return completes with the sample map's spec length once read (0 when nothing is read); a
   *     failure to read it completes it exceptionally and is otherwise ignored
   */
  public CompletableFuture<Integer> warmUp() {
    int[] size = warmUpSize.get();
    renderer().prepare(size[0], size[1]);
    Backend b = maps.backends().backend(maps.backends().defaultProfile());
    if (!(b instanceof LocalBackend local) || !local.sampleDataBuilt()) {
      // Not on a CARTO profile's first call, and never at the price of building the sample data
      return CompletableFuture.completedFuture(0);
    }
    CompletableFuture<Integer> read =
        CompletableFuture.supplyAsync(
            () -> WarmUpMap.readAndBuild(local, size[0], size[1], renderer()),
            r -> {
              Thread t = new Thread(r, "screenshot-warm-up");
              t.setDaemon(true);
              t.start();
            });
    read.whenComplete(
        (chars, e) -> {
          if (e != null) {
            LOG.debug("warm-up sample map not read: {}", e.getMessage());
          }
        });
    return read;
  }

  /**
   * Starts the browser in the background when {@code profile}'s maps are drawn by the offline
   * renderer (not CARTO's viewer). Returns at once.
   */
  public void prepareFor(String profile) {
    if (maps.backends().backend(profile) instanceof FeatureSource) {
      renderer().prepare();
    }
  }

  private synchronized MapRenderer renderer() {
    if (started == null) {
      started = renderer.get();
    }
    return started;
  }

  @Override
  public synchronized void close() {
    if (started != null) {
      started.close();
    }
  }
}
