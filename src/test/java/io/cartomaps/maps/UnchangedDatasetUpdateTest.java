package io.cartomaps.maps;

import static io.cartomaps.maps.FakeOrgProfiles.LOCAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cartomaps.backend.MapQuery;
import io.cartomaps.json.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * A dataset patch that repeats the stored values writes nothing and says so ({@code changed:
 * false}).
 */
class UnchangedDatasetUpdateTest extends FakeOrgMapsTest {

  private String updatedAt(String id) {
    return maps.list(LOCAL, MapQuery.firstPage(10)).maps().stream()
        .filter(m -> m.id().equals(id))
        .findFirst()
        .orElseThrow()
        .updatedAt();
  }

  @Test
  void sameValuesChangeNothing() {
    WriteResult created = maps.create(LOCAL, SourceFieldChecksTest.samples(LOCAL));
    String places = created.datasetIds().get("places");
    String before = updatedAt(created.id());

    WriteResult same =
        maps.updateDataset(
            LOCAL,
            created.id(),
            places,
            (ObjectNode) Json.parse("{\"source\": \"samples.places\"}"));
    assertEquals(Boolean.FALSE, same.changed());
    assertEquals(before, updatedAt(created.id()), "nothing was written");
    assertEquals(false, Json.tree(same).get("changed").asBoolean(true), Json.compact(same));

    WriteResult changed =
        maps.updateDataset(
            LOCAL, created.id(), places, (ObjectNode) Json.parse("{\"label\": \"Towns\"}"));
    assertNull(changed.changed());
    assertNotEquals(before, updatedAt(created.id()), "a real change is written");
  }
}
