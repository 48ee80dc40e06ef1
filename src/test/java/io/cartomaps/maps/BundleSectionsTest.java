package io.cartomaps.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.BackendException;
import io.cartomaps.json.Json;
import io.cartomaps.mcp.Results;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/** get_bundle takes the schema sections' names too; a missing map points to the listing. */
class BundleSectionsTest {

  @ParameterizedTest
  @CsvSource({
    "popupsettings, popupSettings",
    "layer.h3, layers",
    "dataset, datasets",
    "WIDGETS, widgets",
    "mapState, mapState",
    "sqlparameters, sqlParameters"
  })
  void schemaSectionNamesSelectTheirBundleSection(String asked, String section) {
    assertEquals(section, BundleSections.canonical(asked));
  }

  @Test
  void aSchemaNameReadsThePart() {
    ObjectNode full =
        (ObjectNode)
            Json.parse(
                "{\"id\":\"m\",\"keplerMapConfig\":{\"version\":\"v1\",\"config\":"
                    + "{\"popupSettings\":{\"layers\":{}},\"visState\":{\"layers\":[{\"id\":\"L\"}]}}}}");
    ObjectNode part = BundleSections.select(full, List.of("popupsettings", "layer.tileset"));
    assertTrue(part.at("/keplerMapConfig/config/popupSettings").isObject(), part.toString());
    assertEquals("L", part.at("/keplerMapConfig/config/visState/layers/0/id").asString());
    assertThrows(MapsException.class, () -> BundleSections.select(full, List.of("nope")));
  }

  @Test
  void aMissingMapPointsToListMaps() {
    var r = Results.from(BackendException.notFound("Map abc not found in profile 'local'."));
    assertTrue(r.content().toString().contains("list_maps"), r.content().toString());
    var other = Results.from(BackendException.notFound("dataset d of map m not found"));
    assertTrue(!other.content().toString().contains("list_maps"), other.content().toString());
  }
}
