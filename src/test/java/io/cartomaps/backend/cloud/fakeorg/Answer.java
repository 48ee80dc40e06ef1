package io.cartomaps.backend.cloud.fakeorg;

import io.cartomaps.json.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What a route answers: a status and a JSON body (null for none). */
record Answer(int status, JsonNode body) {

  static Answer ok(JsonNode body) {
    return new Answer(200, body);
  }

  static Answer created(JsonNode body) {
    return new Answer(201, body);
  }

  static Answer noContent() {
    return new Answer(204, null);
  }

  /** CARTO's error shape: {@code {"error": message, "status": code}}. */
  static Answer error(int status, String message) {
    ObjectNode body = Json.object();
    body.put("error", message);
    body.put("status", status);
    return new Answer(status, body);
  }

  static Answer notFound(String what) {
    return error(404, what + " not found");
  }

  static Answer badRequest(String message) {
    return error(400, message);
  }
}
