package io.cartomaps.backend.cloud;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.BackendException.Kind;
import io.cartomaps.json.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The datasets of a CARTO map: the Workspace API's {@code /maps/{id}/datasets} sub-resource, which
 * Builder writes separately from the map itself. Apart from {@link CartoMaps} because the maps
 * service writes them in their own steps (and undoes them on its own).
 */
final class CartoDatasets {

  private final CartoEndpoints endpoints;
  private final CartoHttpClient http;

  CartoDatasets(CartoEndpoints endpoints, CartoHttpClient http) {
    this.endpoints = endpoints;
    this.http = http;
  }

  /** {@code GET {ws}/maps/{id}/datasets}. */
  List<ObjectNode> list(String mapId) {
    JsonNode answer = http.send(endpoints.listDatasets(mapId));
    ArrayNode items = CartoRecords.items(answer);
    if (items == null) {
      throw new BackendException(
          Kind.BAD_RESPONSE,
          "CARTO answered GET /maps/{id}/datasets without a list: retry, and report it if it persists");
    }
    List<ObjectNode> out = new ArrayList<>();
    items.forEach(
        d -> {
          ObjectNode ds = CartoRecords.dataset(d);
          if (ds != null) {
            out.add(ds);
          }
        });
    return out;
  }

  /** {@code POST {ws}/maps/{id}/datasets}; never retried. */
  ObjectNode create(String mapId, ObjectNode dataset) {
    ObjectNode created =
        CartoRecords.dataset(
            CartoRecords.unwrap(http.send(endpoints.createDataset(mapId, dataset)), "dataset"));
    if (created == null || Json.text(created, "id") == null) {
      throw new BackendException(
          Kind.BAD_RESPONSE,
          "CARTO answered POST /maps/{id}/datasets without the new dataset's id: re-read the map before retrying");
    }
    return created;
  }

  /**
   * {@code PATCH {ws}/maps/{id}/datasets/{datasetId}}; re-reads the datasets when the answer is not
   * one.
   */
  ObjectNode patch(String mapId, String datasetId, ObjectNode patch) {
    JsonNode answer =
        CartoRecords.unwrap(http.send(endpoints.patchDataset(mapId, datasetId, patch)), "dataset");
    if (answer.isObject() && Json.text(answer, "id") != null) {
      return CartoRecords.dataset(answer);
    }
    return list(mapId).stream()
        .filter(d -> datasetId.equals(Json.text(d, "id")))
        .findFirst()
        .orElseThrow(
            () ->
                BackendException.notFound(
                    "dataset "
                        + datasetId
                        + " of map "
                        + mapId
                        + " is gone after the update; re-read the map"));
  }

  /** {@code DELETE {ws}/maps/{id}/datasets/{datasetId}}. */
  void delete(String mapId, String datasetId) {
    http.send(endpoints.deleteDataset(mapId, datasetId));
  }
}
