package io.cartomaps.cli;

import io.cartomaps.render.RenderEngine;
import io.cartomaps.render.SavedScreenshot;
import io.cartomaps.render.Screenshot;
import io.cartomaps.render.ScreenshotOptions;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code maps screenshot <map-id> [options]}: a PNG of a map, or with {@code --bundle} of an
 * unsaved one.
 */
@Command(
    name = "screenshot",
    mixinStandardHelpOptions = true,
    description = "Save a PNG of a map (headless Chromium; local maps render offline).")
final class ScreenshotCommand extends CliCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "<map-id>")
  String mapId;

  @Option(
      names = "--bundle",
      paramLabel = "<json|path|->",
      description = "Preview an unsaved bundle instead of a map.")
  String bundle;

  @Option(
      names = "--render-engine",
      defaultValue = "light",
      description =
          "light (layers + basemap) or full (also title, legend, description, widgets with values).")
  String engine;

  @Option(
      names = {"-o", "--output"},
      defaultValue = "screenshot.png")
  Path output;

  @Option(names = "--width", defaultValue = "1280")
  int width;

  @Option(names = "--height", defaultValue = "800")
  int height;

  @Option(names = "--lat")
  Double lat;

  @Option(names = "--lng")
  Double lng;

  @Option(names = "--zoom")
  Double zoom;

  @Option(names = "--bearing")
  Double bearing;

  @Option(names = "--pitch")
  Double pitch;

  @Option(names = "--layers", split = ",", description = "Visible layer indices, e.g. 0,2.")
  List<Integer> layers;

  @Option(
      names = "--search",
      description =
          "\"lat,lng\" to centre on (addresses need a geocoder, which is not available offline).")
  String search;

  @Option(names = "--hide-overlays")
  boolean hideOverlays;

  @Option(
      names = "--wait",
      defaultValue = "0",
      description = "Extra seconds after the map has rendered.")
  double waitSeconds;

  @Option(names = "--timeout", defaultValue = "60", description = "Render timeout in seconds.")
  double timeoutSeconds;

  @Option(names = "--full-page")
  boolean fullPage;

  @Option(names = "--no-cache")
  boolean noCache;

  @Override
  int run() {
    if ((mapId == null) == (bundle == null)) {
      throw new CliException(
          CliErrors.INPUT, "Give a map id, or --bundle with an unsaved bundle to preview.");
    }
    ScreenshotOptions.Builder b =
        ScreenshotOptions.builder()
            .engine(RenderEngine.fromName(engine))
            .output(output)
            .width(width)
            .height(height)
            .latitude(lat)
            .longitude(lng)
            .zoom(zoom)
            .bearing(bearing)
            .pitch(pitch)
            .search(search)
            .hideOverlays(hideOverlays)
            .waitSeconds(waitSeconds)
            .timeoutSeconds(timeoutSeconds)
            .fullPage(fullPage)
            .noCache(noCache);
    if (layers != null) {
      b.layers(layers);
    }
    ScreenshotOptions options = b.build();
    services().previews().prepareFor(global.profile);
    Screenshot shot =
        mapId != null
            ? services().previews().ofMap(global.profile, mapId, options)
            : services()
                .previews()
                .ofBundle(global.profile, BundleArg.read(bundle, stdin()), options);
    Path saved = shot.writeTo(options.output()).toAbsolutePath();
    if (global.json) {
      json(SavedScreenshot.of(shot, saved));
    } else {
      out()
          .println(
              "Saved "
                  + saved
                  + " ("
                  + shot.width()
                  + "x"
                  + shot.height()
                  + ", "
                  + shot.engine().cliName()
                  + " engine, "
                  + shot.elapsedMillis()
                  + " ms)");
      shot.warnings().forEach(w -> out().println("  warning: " + w));
      shot.widgets().forEach(w -> out().println("  widget " + Human.widget(w)));
    }
    return 0;
  }
}
