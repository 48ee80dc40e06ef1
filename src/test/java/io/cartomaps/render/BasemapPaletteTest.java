package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BasemapPaletteTest {

  @Test
  void keepsCartoStyles() {
    assertEquals(BasemapPalette.POSITRON, BasemapPalette.forStyle("positron"));
    assertEquals(BasemapPalette.DARK_MATTER, BasemapPalette.forStyle("dark-matter"));
    assertEquals(BasemapPalette.VOYAGER, BasemapPalette.forStyle("voyager"));
  }

  @Test
  void mapsGoogleStylesToTheNearestPalette() {
    assertEquals(BasemapPalette.POSITRON, BasemapPalette.forStyle("google-positron"));
    assertEquals(BasemapPalette.DARK_MATTER, BasemapPalette.forStyle("google-dark-matter"));
    assertEquals(BasemapPalette.VOYAGER, BasemapPalette.forStyle("google-voyager"));
    assertEquals(BasemapPalette.VOYAGER, BasemapPalette.forStyle("roadmap"));
    assertEquals(BasemapPalette.DARK_MATTER, BasemapPalette.forStyle("satellite"));
  }

  @Test
  void fallsBackToPositronForCustomAndUnknownStyles() {
    assertEquals(BasemapPalette.POSITRON, BasemapPalette.forStyle("custom:my-style"));
    assertEquals(BasemapPalette.POSITRON, BasemapPalette.forStyle(null));
  }

  @Test
  void prefersBasemapConfigOverTheLegacyMapStyle() {
    RenderInput input = TestMaps.points("voyager", 1);
    ((tools.jackson.databind.node.ObjectNode) input.config().get("mapStyle"))
        .put("styleType", "dark-matter");
    assertEquals(BasemapPalette.VOYAGER, BasemapPalette.forMap(input));
  }
}
