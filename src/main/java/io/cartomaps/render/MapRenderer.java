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
   * Starts the browser and viewer page in the background and returns at once. A failure here is not
   * reported; the next render meets it again and says what to do.
   */
  default void prepare() {}

  /**
   * {@link #prepare()}, then draws in the background, at {@code width}×{@code height}: points over
   * the basemap, then the sample map once {@link #warmUpWith} gives it; the other layer types once
   * the first screenshot is drawn, each after any render asked for meanwhile. Shaders compile, and
   * the drawing buffers get the size the first screenshot is expected at. Returns at once; failures
   * are not reported.
   */
  default void prepare(int width, int height) {}

  /**
   * Gives the warm-up a map like an agent's first ({@code spec}, built by {@link
   * RenderSpec#forScreenshot} for {@code options}) to draw in the background, unless a screenshot
   * comes first: its first screenshot then finds what it draws drawn before. Returns at once.
   */
  default void warmUpWith(String spec, ScreenshotOptions options) {}

  /**
   * Says a render is coming (its rows are being read), so background work such as the rest of the
   * warm-up waits for it. Run the returned action once that render is done.
   */
  default Runnable expectRender() {
    return () -> {};
  }

  @Override
  void close();
}
