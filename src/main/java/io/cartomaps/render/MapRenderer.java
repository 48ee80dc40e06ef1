package io.cartomaps.render;

/** Renders a local map to a PNG. Implementations own a browser, so close them when done. */
public interface MapRenderer extends AutoCloseable {

  /**
   * Draws the map and returns the PNG.
   *
   * @throws InvalidScreenshotOptionException when an option does not fit this map (e.g. a missing layer index)
   * @throws RenderException when the browser is missing, the map fails to draw, or the render times out
   */
  Screenshot render(RenderInput input, ScreenshotOptions options);

  @Override
  void close();
}
