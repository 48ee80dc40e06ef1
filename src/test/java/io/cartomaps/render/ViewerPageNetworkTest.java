package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The render page gets its files from the jar and nothing else: every other request is aborted. */
class ViewerPageNetworkTest {

  private static BrowserSession session;

  @BeforeAll
  static void open() {
    BrowserRequirement.assumeChromium();
    session = BrowserSession.open(BrowserSettings.fromSystem());
  }

  @AfterAll
  static void close() {
    if (session != null) {
      session.close();
    }
  }

  private static String fetch(String url) {
    return String.valueOf(
        session
            .page()
            .evaluate("u => fetch(u).then(r => 'status ' + r.status, e => 'failed')", url));
  }

  @Test
  void abortsRequestsToAnyOtherHost() {
    assertEquals("failed", fetch("https://basemaps.cartocdn.com/gl/positron-gl-style/style.json"));
    assertEquals("failed", fetch("http://127.0.0.1:9/"));
  }

  @Test
  void servesTheViewerFilesFromTheJar() {
    assertEquals("status 200", fetch(BrowserSession.ORIGIN + "mapshot.js"));
    assertEquals(
        "status 404",
        fetch(BrowserSession.ORIGIN + "META-INF/services/ch.qos.logback.classic.spi.Configurator"));
  }
}
