package io.cartomaps.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Looking sections up: fixed order, any case, aliases, and a helpful error for unknown names. */
class SchemaSectionsTest {

  private final SchemaSections sections = SchemaSections.get();

  @Test
  void isLoadedOnce() {
    assertSame(sections, SchemaSections.get());
  }

  @Test
  void listsTheSectionsInAFixedOrderStartingWithTheBundle() {
    assertEquals("bundle", sections.names().get(0));
    assertTrue(
        sections
            .names()
            .containsAll(
                java.util.List.of("layer.heatmapTile", "popupsettings", "legendsettings")));
  }

  @Test
  void lookupIgnoresCase() {
    assertEquals(sections.section("popupsettings"), sections.section("popupSettings"));
    assertEquals("layer.heatmapTile", sections.canonicalName("LAYER.HEATMAPTILE"));
    assertEquals("mapstate", sections.canonicalName(" mapState "));
  }

  @Test
  void layerAndLayersAliasTheTilesetSection() {
    assertEquals("layer.tileset", sections.canonicalName("layers"));
    assertEquals("layer.tileset", sections.canonicalName("Layer"));
    assertFalse(
        sections
            .section("layers")
            .at("/$defs/visConfig/properties/radiusScaleWithZoom")
            .isMissingNode());
  }

  @Test
  void unknownNameListsTheValidSectionsAndTheNearestOne() {
    UnknownSectionException e =
        assertThrows(UnknownSectionException.class, () -> sections.section("widget"));
    assertTrue(e.getMessage().contains("Did you mean 'widgets'?"), e.getMessage());
    for (String name : sections.names()) {
      assertTrue(e.getMessage().contains(name), e.getMessage());
    }
    assertEquals("widget", e.requested());
    assertTrue(e instanceof IllegalArgumentException);
  }

  @Test
  void nullNameIsUnknown() {
    assertThrows(UnknownSectionException.class, () -> sections.canonicalName(null));
  }

  @Test
  void textIsTheFileAsShipped() {
    assertEquals(sections.section("privacy"), Json.parse(sections.text("privacy")));
    assertTrue(sections.text("privacy").contains("\n"), "kept as formatted in the file");
  }

  @Test
  void sectionReturnsACopy() {
    ObjectNode copy = (ObjectNode) sections.section("uistate");
    copy.put("title", "changed");
    assertEquals("uistate", sections.section("uistate").path("title").asString());
  }

  @Test
  void describesEachSectionInOneLine() {
    for (String name : sections.names()) {
      String d = sections.description(name);
      assertFalse(d == null || d.isBlank() || d.contains("\n"), name);
    }
  }
}
