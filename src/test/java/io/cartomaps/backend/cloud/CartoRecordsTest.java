package io.cartomaps.backend.cloud;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.Column;
import io.cartomaps.backend.Connection;
import io.cartomaps.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class CartoRecordsTest {

  @Test
  void mapsSnakeCaseResourcesApiItemsToTheWireRecord() {
    ObjectNode m =
        CartoRecords.map(
            Json.parse(
                "{\"id\":\"m1\",\"title\":\"T\",\"privacy\":\"PUBLIC\","
                    + "\"owner_id\":\"u1\",\"created_at\":\"c\",\"updated_at\":\"u\",\"tags\":[{\"name\":\"a\"},\"b\"],"
                    + "\"views\":7}"));
    assertEquals("public", m.get("privacy").asString());
    assertEquals("u1", m.get("ownerId").asString());
    assertEquals("c", m.get("createdAt").asString());
    assertEquals("u", m.get("updatedAt").asString());
    assertEquals(Json.parse("[\"a\",\"b\"]"), m.get("tags"));
    assertFalse(m.has("owner_id"), "a mapped spelling is not kept twice");
    assertEquals(7, m.get("views").asInt());
  }

  @Test
  void fillsDefaultsForMissingFields() {
    ObjectNode m = CartoRecords.map(Json.parse("{\"id\":\"m1\"}"));
    for (String f :
        new String[] {
          "title",
          "description",
          "privacy",
          "sharingScope",
          "keplerMapConfig",
          "agent",
          "ownerId",
          "createdAt",
          "updatedAt",
          "lastPublishedAt"
        }) {
      assertTrue(m.get(f).isNull(), f);
    }
    assertEquals(0, m.get("userIds").size());
    assertEquals(0, m.get("groupIds").size());
    assertFalse(m.get("collaborative").asBoolean());
    assertEquals(0, m.get("tags").size());
    assertEquals(0, m.get("publishedVersion").asLong());
  }

  @Test
  void flattensANestedPrivacyObject() {
    ObjectNode m =
        CartoRecords.map(
            Json.parse(
                "{\"id\":\"m1\",\"privacy\":{\"privacy\":\"shared\","
                    + "\"sharingScope\":\"specific\",\"userIds\":[\"u\"],\"groupIds\":[\"g\"]}}"));
    assertEquals("shared", m.get("privacy").asString());
    assertEquals("specific", m.get("sharingScope").asString());
    assertEquals("u", m.get("userIds").get(0).asString());
    assertEquals("g", m.get("groupIds").get(0).asString());
  }

  @Test
  void parsesAKeplerConfigSentAsAString() {
    ObjectNode m =
        CartoRecords.map(
            Json.parse("{\"id\":\"m1\",\"keplerMapConfig\":\"{\\\"version\\\":\\\"v1\\\"}\"}"));
    assertEquals("v1", m.get("keplerMapConfig").get("version").asString());
  }

  @Test
  void readsPublishFieldsUnderTheirKnownNames() {
    ObjectNode m =
        CartoRecords.map(
            Json.parse("{\"id\":\"m1\",\"published_at\":\"p\",\"publishedVersion\":3}"));
    assertEquals("p", m.get("lastPublishedAt").asString());
    assertEquals(3, m.get("publishedVersion").asInt());
  }

  @Test
  void findsItemsAndTotalsInSeveralEnvelopes() {
    assertEquals(2, CartoRecords.items(Json.parse("[1,2]")).size());
    assertEquals(1, CartoRecords.items(Json.parse("{\"results\":[1]}")).size());
    assertNull(CartoRecords.items(Json.parse("{\"x\":1}")));
    assertEquals(5, CartoRecords.total(Json.parse("{\"totalCount\":5}")));
    assertEquals(6, CartoRecords.total(Json.parse("{\"meta\":{\"total\":\"6\"}}")));
    assertEquals(-1, CartoRecords.total(Json.parse("[1]")));
  }

  @Test
  void aNonObjectIsNoRecord() {
    assertNull(CartoRecords.map(Json.parse("[1]")));
    assertNull(CartoRecords.dataset(Json.parse("\"x\"")));
  }

  @Test
  void readsAConnectionUnderEitherProviderSpellingAndSkipsOneWithoutAName() {
    assertEquals(
        new Connection("c1", "dw", "bigquery"),
        CartoRecords.connection(
            Json.parse("{\"id\":\"c1\",\"name\":\"dw\",\"providerId\":\"bigquery\"}")));
    assertNull(CartoRecords.connection(Json.parse("{\"id\":\"c1\",\"provider_id\":\"bigquery\"}")));
  }

  @Test
  void readsColumnsFromASchemaAndFromATileJsonsTilestatsWhenItHasNoVectorLayers() {
    assertEquals(
        List.of(new Column("geom", "geometry"), new Column("n", "number")),
        CartoRecords.columns(
            Json.parse(
                "[{\"name\":\"geom\",\"type\":\"GEOGRAPHY\"},{\"name\":\"n\",\"type\":\"INT64\"}]")));
    assertEquals(List.of(), CartoRecords.columns(null));
    assertEquals(
        List.of(new Column("pop", "number")),
        CartoRecords.tilesetColumns(
            Json.parse(
                "{\"tilestats\":{\"layers\":[{\"attributes\":[{\"attribute\":\"pop\",\"type\":\"Number\"}]}]}}")));
  }

  @Test
  void readsAnExtentOnlyWhenAllFourBoundsAreNumbersAndNamesGeometryFamilies() {
    assertArrayEquals(
        new double[] {1, 2, 3, 4},
        CartoRecords.extent(Json.parse("{\"xmin\":1,\"ymin\":2,\"xmax\":3,\"ymax\":4}")));
    assertNull(CartoRecords.extent(Json.parse("{\"xmin\":1,\"ymin\":2,\"xmax\":3,\"ymax\":null}")));
    assertEquals("point", CartoRecords.geometryType("ST_MultiPoint"));
    assertEquals("line", CartoRecords.geometryType("LINESTRING"));
    assertEquals("polygon", CartoRecords.geometryType("ST_Polygon"));
    assertNull(CartoRecords.geometryType("GEOMETRYCOLLECTION"));
  }

  @Test
  void unwrapsAnAnswerNestedUnderItsKeyButNotARecordThatHasAnId() {
    assertEquals(
        "m1", Json.text(CartoRecords.unwrap(Json.parse("{\"map\":{\"id\":\"m1\"}}"), "map"), "id"));
    assertEquals(
        "m0",
        Json.text(
            CartoRecords.unwrap(Json.parse("{\"id\":\"m0\",\"map\":{\"id\":\"m1\"}}"), "map"),
            "id"));
  }
}
