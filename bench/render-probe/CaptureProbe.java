package io.cartomaps.render;

import com.google.gson.JsonObject;
import com.microsoft.playwright.*;
import com.microsoft.playwright.options.ScreenshotType;
import io.cartomaps.json.Json;
import java.nio.file.*;
import java.util.Base64;

/**
 * Where a screenshot's time goes in the page: renders a map in one browser session and times the
 * draw, a forced GPU sync (a one-pixel readPixels, which waits for SwiftShader to run the queued
 * draw) and the capture, for each capture mode given: pw-clip, pw (Playwright's screenshot
 * with/without clip), cdp, cdp-fast, cdp-clip (DevTools Page.captureScreenshot plain, with
 * optimizeForSpeed, with a clip). Writes /tmp/shot/probe-MODE.png. System properties: w, h (size),
 * n (points), map (points | mixed | world), rounds, warm (run the warm-up first), trace +
 * traceRound (a Chromium trace of that round in /tmp/shot/trace-MODE.json).
 *
 * <pre>
 *   mkdir -p /tmp/shot; CP=target/carto-maps-mcp.jar:target/test-classes
 *   javac -d /tmp/shot/probe -cp $CP bench/render-probe/CaptureProbe.java
 *   java -Dwarm=true -Drounds=5 -Dw=1280 -Dh=800 -cp $CP:/tmp/shot/probe io.cartomaps.render.CaptureProbe cdp
 * </pre>
 *
 * Put a directory holding another viewer/mapshot.js before the jar on the class path to compare
 * viewer builds. instancing.html next to this file is the raw WebGL2 comparison of instanced and
 * plain quads: {@code chromium --headless --no-sandbox --disable-gpu --use-angle=swiftshader
 * --enable-unsafe-swiftshader --dump-dom file://$PWD/bench/render-probe/instancing.html | grep -o
 * '<title>.*</title>'}.
 */
public class CaptureProbe {
  public static void main(String[] a) throws Exception {
    int w = Integer.getInteger("w", 1024), h = Integer.getInteger("h", 640);
    BrowserSession s = BrowserSession.open(BrowserSettings.fromSystem());
    Page page = s.page();
    if (Boolean.getBoolean("warm")) {
      long tw = System.nanoTime();
      System.out.println(
          "warm-up "
              + page.evaluate("() => MapShot.warmUp()")
              + " "
              + (System.nanoTime() - tw) / 1000000
              + " ms");
      Thread.sleep(3000);
    }
    page.setViewportSize(w, h);
    RenderInput in =
        System.getProperty("map", "points").equals("mixed")
            ? TestMaps.mixed(1200)
            : System.getProperty("map", "points").equals("world")
                ? TestMaps.world("positron")
                : TestMaps.points("positron", Integer.getInteger("n", 9000));
    ScreenshotOptions opts = ScreenshotOptions.builder().width(w).height(h).build();
    String spec = Json.compact(RenderSpec.forScreenshot(in, opts));
    CDPSession cdp = page.context().newCDPSession(page);
    String[] modes =
        a.length > 0 ? a : new String[] {"pw-clip", "pw", "cdp", "cdp-fast", "cdp-clip"};
    for (int round = 0; round < Integer.getInteger("rounds", 3); round++) {
      for (String m : modes) {
        page.evaluate("s => { window.__spec = s; }", spec);
        boolean trace = round == Integer.getInteger("traceRound", 2) && Boolean.getBoolean("trace");
        if (trace)
          page.context()
              .browser()
              .startTracing(
                  page,
                  new Browser.StartTracingOptions()
                      .setCategories(
                          java.util.List.of(
                              "devtools.timeline",
                              "toplevel",
                              "gpu",
                              "viz",
                              "cc",
                              "blink",
                              "v8.execute",
                              "disabled-by-default-devtools.timeline")));
        long t0 = System.nanoTime();
        Object r =
            page.evaluate(
                "() => {"
                    + ColumnarRows.UNPACK_JS
                    + " return MapShot.render(unpackRows(JSON.parse(window.__spec))); }");
        long tf = System.nanoTime();
        Object fin =
            page.evaluate(
                "() => { const t = performance.now(); const gl = document.querySelector('canvas').getContext('webgl2'); const px = new Uint8Array(4); gl.readPixels(0,0,1,1,gl.RGBA,gl.UNSIGNED_BYTE,px); return Math.round(performance.now()-t); }");
        long t1 = System.nanoTime();
        System.out.printf("  finish %d ms (page %s)%n", (t1 - tf) / 1000000, fin);
        byte[] png;
        switch (m) {
          case "pw-clip" ->
              png =
                  page.screenshot(
                      new Page.ScreenshotOptions().setType(ScreenshotType.PNG).setClip(0, 0, w, h));
          case "pw" ->
              png = page.screenshot(new Page.ScreenshotOptions().setType(ScreenshotType.PNG));
          case "pw-noanim" ->
              png =
                  page.screenshot(
                      new Page.ScreenshotOptions()
                          .setType(ScreenshotType.PNG)
                          .setCaret(com.microsoft.playwright.options.ScreenshotCaret.INITIAL));
          default -> {
            JsonObject p = new JsonObject();
            p.addProperty("format", "png");
            if (m.contains("fast")) p.addProperty("optimizeForSpeed", true);
            if (m.contains("clip")) {
              JsonObject c = new JsonObject();
              c.addProperty("x", 0);
              c.addProperty("y", 0);
              c.addProperty("width", w);
              c.addProperty("height", h);
              c.addProperty("scale", 1);
              p.add("clip", c);
            }
            if (m.contains("nosurf")) p.addProperty("fromSurface", false);
            JsonObject res = cdp.send("Page.captureScreenshot", p);
            png = Base64.getDecoder().decode(res.get("data").getAsString());
          }
        }
        long t2 = System.nanoTime();
        Files.write(Path.of("/tmp/shot/probe-" + m + ".png"), png);
        if (trace)
          Files.write(
              Path.of("/tmp/shot/trace-" + m + ".json"), page.context().browser().stopTracing());

        System.out.printf(
            "%-10s draw %4d ms shot %4d ms %7d bytes %s%n",
            m, (t1 - t0) / 1000000, (t2 - t1) / 1000000, png.length, r);
      }
    }
    s.close();
  }
}
