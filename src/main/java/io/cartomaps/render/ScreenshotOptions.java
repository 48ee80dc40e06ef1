package io.cartomaps.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The options of {@code maps screenshot}, validated on construction so a bad value fails before any
 * browser work.
 *
 * <p>Limits: width and height {@value #MIN_SIZE}–{@value #MAX_SIZE} px; latitude ±90, longitude
 * ±180; zoom 0–{@value #MAX_ZOOM}; bearing ±360; pitch 0–{@value #MAX_PITCH}; wait 0–{@value
 * #MAX_WAIT_SECONDS} s; timeout up to {@value #MAX_TIMEOUT_SECONDS} s. {@code fullPage} captures
 * the whole page, which for a map page is the map itself; {@code noCache} only affects cloud
 * rendering (local rendering keeps no browser profile).
 *
 * @param layers visible layer indices in Builder order (0 is the top layer); null shows the map's
 *     own visibility
 * @param latitude centre override, null keeps the map's {@code mapState} (likewise longitude, zoom,
 *     bearing, pitch)
 */
public record ScreenshotOptions(
    RenderEngine engine,
    Path output,
    int width,
    int height,
    Double latitude,
    Double longitude,
    Double zoom,
    Double bearing,
    Double pitch,
    List<Integer> layers,
    String search,
    boolean hideOverlays,
    double waitSeconds,
    double timeoutSeconds,
    boolean fullPage,
    boolean noCache) {

  public static final int MIN_SIZE = 64;
  public static final int MAX_SIZE = 4096;
  public static final int DEFAULT_WIDTH = 1280;
  public static final int DEFAULT_HEIGHT = 800;
  public static final double MAX_ZOOM = 22;
  public static final double MAX_PITCH = 60;
  public static final double MAX_WAIT_SECONDS = 30;
  public static final double MAX_TIMEOUT_SECONDS = 600;
  public static final double DEFAULT_TIMEOUT_SECONDS = 60;
  public static final Path DEFAULT_OUTPUT = Path.of("screenshot.png");

  public ScreenshotOptions {
    if (engine == null) {
      engine = RenderEngine.LIGHT;
    }
    if (output == null) {
      output = DEFAULT_OUTPUT;
    }
    if (output.toString().isBlank() || Files.isDirectory(output)) {
      throw new InvalidScreenshotOptionException(
          "--output", "--output must be a file path such as map.png, not '" + output + "'.");
    }
    checkSize("--width", width);
    checkSize("--height", height);
    if (latitude != null) {
      checkRange("--lat", "latitude", latitude, -90, 90);
    }
    if (longitude != null) {
      checkRange("--lng", "longitude", longitude, -180, 180);
    }
    if (zoom != null) {
      checkRange("--zoom", "zoom", zoom, 0, MAX_ZOOM);
    }
    if (bearing != null) {
      checkRange("--bearing", "bearing", bearing, -360, 360);
    }
    if (pitch != null) {
      checkRange("--pitch", "pitch", pitch, 0, MAX_PITCH);
    }
    if (layers != null) {
      layers = List.copyOf(layers);
      var seen = new HashSet<Integer>();
      for (Integer index : layers) {
        if (index == null || index < 0) {
          throw new InvalidScreenshotOptionException(
              "--layers",
              "--layers takes layer indices 0, 1, 2… (0 is the top layer); got " + index + ".");
        }
        if (!seen.add(index)) {
          throw new InvalidScreenshotOptionException(
              "--layers", "--layers lists layer " + index + " twice.");
        }
      }
    }
    if (search != null) {
      SearchLocation.parse(search);
      if (latitude != null || longitude != null) {
        throw new InvalidScreenshotOptionException(
            "--search", "Give either --search or --lat/--lng to set the centre, not both.");
      }
    }
    checkRange("--wait", "wait", waitSeconds, 0, MAX_WAIT_SECONDS);
    if (!(timeoutSeconds > 0) || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
      throw new InvalidScreenshotOptionException(
          "--timeout",
          "--timeout must be more than 0 and at most "
              + (int) MAX_TIMEOUT_SECONDS
              + " seconds; got "
              + timeoutSeconds
              + ".");
    }
  }

  /**
   * The defaults of {@code carto maps screenshot}: light engine, 1280×800, screenshot.png, 60 s
   * timeout.
   */
  public static ScreenshotOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The {@code --search} centre, when given. */
  public Optional<SearchLocation> searchLocation() {
    return search == null ? Optional.empty() : Optional.of(SearchLocation.parse(search));
  }

  /** A copy with another size (used when the same map is rendered for a preview). */
  public ScreenshotOptions withSize(int newWidth, int newHeight) {
    return toBuilder().width(newWidth).height(newHeight).build();
  }

  public Builder toBuilder() {
    return new Builder()
        .engine(engine)
        .output(output)
        .width(width)
        .height(height)
        .latitude(latitude)
        .longitude(longitude)
        .zoom(zoom)
        .bearing(bearing)
        .pitch(pitch)
        .layers(layers)
        .search(search)
        .hideOverlays(hideOverlays)
        .waitSeconds(waitSeconds)
        .timeoutSeconds(timeoutSeconds)
        .fullPage(fullPage)
        .noCache(noCache);
  }

  private static void checkSize(String option, int value) {
    if (value < MIN_SIZE || value > MAX_SIZE) {
      throw new InvalidScreenshotOptionException(
          option,
          option
              + " must be between "
              + MIN_SIZE
              + " and "
              + MAX_SIZE
              + " pixels; got "
              + value
              + ".");
    }
  }

  static void checkRange(String option, String what, double value, double min, double max) {
    if (Double.isNaN(value) || value < min || value > max) {
      throw new InvalidScreenshotOptionException(
          option,
          what + " must be between " + fmt(min) + " and " + fmt(max) + "; got " + fmt(value) + ".");
    }
  }

  private static String fmt(double v) {
    return v == Math.rint(v) && !Double.isInfinite(v)
        ? String.valueOf((long) v)
        : String.valueOf(v);
  }

  /** Mutable builder mirroring the CLI flags; {@link #build()} validates. */
  public static final class Builder {
    private RenderEngine engine = RenderEngine.LIGHT;
    private Path output = DEFAULT_OUTPUT;
    private int width = DEFAULT_WIDTH;
    private int height = DEFAULT_HEIGHT;
    private Double latitude;
    private Double longitude;
    private Double zoom;
    private Double bearing;
    private Double pitch;
    private List<Integer> layers;
    private String search;
    private boolean hideOverlays;
    private double waitSeconds;
    private double timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;
    private boolean fullPage;
    private boolean noCache;

    public Builder engine(RenderEngine value) {
      this.engine = value;
      return this;
    }

    public Builder output(Path value) {
      this.output = value;
      return this;
    }

    public Builder width(int value) {
      this.width = value;
      return this;
    }

    public Builder height(int value) {
      this.height = value;
      return this;
    }

    public Builder latitude(Double value) {
      this.latitude = value;
      return this;
    }

    public Builder longitude(Double value) {
      this.longitude = value;
      return this;
    }

    public Builder zoom(Double value) {
      this.zoom = value;
      return this;
    }

    public Builder bearing(Double value) {
      this.bearing = value;
      return this;
    }

    public Builder pitch(Double value) {
      this.pitch = value;
      return this;
    }

    public Builder layers(List<Integer> value) {
      this.layers = value;
      return this;
    }

    public Builder search(String value) {
      this.search = value;
      return this;
    }

    public Builder hideOverlays(boolean value) {
      this.hideOverlays = value;
      return this;
    }

    public Builder waitSeconds(double value) {
      this.waitSeconds = value;
      return this;
    }

    public Builder timeoutSeconds(double value) {
      this.timeoutSeconds = value;
      return this;
    }

    public Builder fullPage(boolean value) {
      this.fullPage = value;
      return this;
    }

    public Builder noCache(boolean value) {
      this.noCache = value;
      return this;
    }

    public ScreenshotOptions build() {
      return new ScreenshotOptions(
          engine,
          output,
          width,
          height,
          latitude,
          longitude,
          zoom,
          bearing,
          pitch,
          layers,
          search,
          hideOverlays,
          waitSeconds,
          timeoutSeconds,
          fullPage,
          noCache);
    }
  }
}
