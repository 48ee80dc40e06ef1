package io.cartomaps.backend.cloud.fakeorg;

import java.util.List;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;

/**
 * One request as a route sees it: the host it reached, its method, path segments, URL (for the
 * query) and JSON body (null when there is none).
 */
record Exchange(Host host, String method, List<String> segments, HttpUrl url, JsonNode body) {

  String segment(int index) {
    return segments.get(index);
  }

  /** A query parameter, or for a POST to the Maps API the same field of the JSON body. */
  String param(String name) {
    String q = url.queryParameter(name);
    if (q != null) {
      return q;
    }
    JsonNode v = body == null ? null : body.get(name);
    return v == null || v.isNull() ? null : v.isString() ? v.asString() : v.toString();
  }
}
