package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A person's browser opening the viewer server gets an interactive map, with no script errors. */
class ViewerServerBrowserTest {

  @BeforeAll
  static void requireBrowser() {
    BrowserRequirement.assumeChromium();
  }

  /** The renderer's flags, but letting the browser reach the loopback viewer server. */
  private static List<String> loopbackAllowed() {
    List<String> args = new ArrayList<>();
    for (String arg : BrowserSettings.CHROMIUM_ARGS) {
      args.add(arg.startsWith("--host-resolver-rules") ? arg + ", EXCLUDE 127.0.0.1" : arg);
    }
    return args;
  }

  @Test
  void opensAnInteractiveMapInTheBrowser() {
    BrowserSettings settings = BrowserSettings.fromSystem();
    try (ViewerServer server =
            ViewerServer.start(0, id -> id.equals("m") ? TestMaps.withOverlays() : null);
        Playwright playwright =
            Playwright.create(
                new Playwright.CreateOptions()
                    .setEnv(
                        Map.of(
                            "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD",
                            "1",
                            "PLAYWRIGHT_NODEJS_PATH",
                            settings.node().toString())))) {
      Browser browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(settings.chromium())
                      .setArgs(loopbackAllowed()));
      Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(800, 500));
      List<String> errors = new ArrayList<>();
      page.onPageError(errors::add);
      page.onConsoleMessage(
          m -> {
            if ("error".equals(m.type())) {
              errors.add(m.text());
            }
          });
      page.navigate(server.viewUri("m").toString());
      page.waitForFunction(
          "() => document.querySelector('#map canvas') && document.querySelector('.legend')");
      assertEquals("Madrid <overview>", page.title());
      assertTrue(page.textContent(".title").contains("Madrid <overview>"));
      page.mouse().move(400, 250);
      page.mouse().wheel(0, -300);
      page.waitForTimeout(500);
      assertTrue(errors.isEmpty(), errors.toString());
    }
  }
}
