package io.cartomaps.backend.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class CartoRecordsTest {

  @Test
  void mapsSnakeCaseResourcesApiItemsToTheWireRecord() {
    ObjectNode m = CartoRecords.map(Json.parse("{\"id\":\"m1\",\"title\":\"T\",\"privacy\":\"PUBLIC\","
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
    for (String f : new String[] {"title", "description", "privacy", "sharingScope", "keplerMapConfig", "agent",
        "ownerId", "createdAt", "updatedAt", "lastPublishedAt"}) {
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
    ObjectNode m = CartoRecords.map(Json.parse("{\"id\":\"m1\",\"privacy\":{\"privacy\":\"shared\","
        + "\"sharingScope\":\"specific\",\"userIds\":[\"u\"],\"groupIds\":[\"g\"]}}"));
    assertEquals("shared", m.get("privacy").asString());
    assertEquals("specific", m.get("sharingScope").asString());
    assertEquals("u", m.get("userIds").get(0).asString());
    assertEquals("g", m.get("groupIds").get(0).asString());
  }

  @Test
  void parsesAKeplerConfigSentAsAString() {
    ObjectNode m = CartoRecords.map(Json.parse("{\"id\":\"m1\",\"keplerMapConfig\":\"{\\\"version\\\":\\\"v1\\\"}\"}"));
    assertEquals("v1", m.get("keplerMapConfig").get("version").asString());
  }

  @Test
  void readsPublishFieldsUnderTheirKnownNames() {
    ObjectNode m = CartoRecords.map(Json.parse("{\"id\":\"m1\",\"published_at\":\"p\",\"publishedVersion\":3}"));
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
}
