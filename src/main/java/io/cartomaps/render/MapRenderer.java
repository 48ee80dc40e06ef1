package io.cartomaps.render;

/** Renders a local map to a PNG. Implementations own a browser, so close them when done. */
public interface MapRenderer extends AutoCloseable {

  /**
   * Draws the map and returns the PNG.
   *
   * @throws InvalidScreenshotOptionException when an option does not fit this map (e.g. a missing
   *     layer index)
   * @throws RenderException when the browser is missing, the map fails to draw, or the render times
   *     out
   */
  Screenshot render(RenderInput input, ScreenshotOptions options);

  /**
   * Starts what the first render needs in the background and returns at once: the browser and
   * viewer page, and with {@code drawWarmUp} a small map with every layer type (shader
   * compilation). A failure here is not reported; the next render meets it again and says what to
   * do.
   */
  default void prepare(boolean drawWarmUp) {}

  @Override
  void close();
}
