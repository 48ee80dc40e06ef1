package io.cartomaps.render;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One browser for a test class: started before its tests (skipped, or failed on CI, when Chromium
 * is missing, see {@link BrowserRequirement}) and closed after them. Register with
 * {@code @RegisterExtension static final}.
 */
final class SharedRenderer implements BeforeAllCallback, AfterAllCallback {

  private final int width;
  private final int height;
  private ChromiumMapRenderer renderer;

  SharedRenderer(int width, int height) {
    this.width = width;
    this.height = height;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    BrowserRequirement.assumeChromium();
    renderer = new ChromiumMapRenderer();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (renderer != null) {
      renderer.close();
    }
  }

  /** Renders at this extension's size with default options. */
  Screenshot render(RenderInput input) {
    return render(input, options().build());
  }

  Screenshot render(RenderInput input, ScreenshotOptions options) {
    return renderer.render(input, options);
  }

  /** Options at this extension's size, to refine. */
  ScreenshotOptions.Builder options() {
    return ScreenshotOptions.builder().width(width).height(height);
  }
}
