package io.cartomaps.render;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import java.util.Base64;

/**
 * A PNG of the page's top-left {@code width × height} through DevTools' <a
 * href="https://chromedevtools.github.io/devtools-protocol/tot/Page/#method-captureScreenshot">{@code
 * Page.captureScreenshot}</a>, straight from the compositor's surface. Playwright's own screenshot
 * does the same capture after extra round trips (layout metrics, a caret-hiding style and two
 * animation frames) that a map page, with no text input and nothing animating, does not need.
 */
final class ViewportCapture {

  private ViewportCapture() {}

  static byte[] png(CDPSession devtools, int width, int height) {
    JsonObject clip = new JsonObject();
    clip.addProperty("x", 0);
    clip.addProperty("y", 0);
    clip.addProperty("width", width);
    clip.addProperty("height", height);
    clip.addProperty("scale", 1);
    JsonObject params = new JsonObject();
    params.addProperty("format", "png");
    params.add("clip", clip);
    params.addProperty("fromSurface", true);
    params.addProperty("captureBeyondViewport", false);
    JsonObject result = devtools.send("Page.captureScreenshot", params);
    return Base64.getDecoder().decode(result.get("data").getAsString());
  }
}
