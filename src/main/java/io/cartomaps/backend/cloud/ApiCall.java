package io.cartomaps.backend.cloud;

import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;

/**
 * One request to CARTO.
 *
 * @param method HTTP method
 * @param url full URL (never shown to anyone: it can carry SQL)
 * @param body JSON body, or null
 * @param endpoint what messages and logs name instead of the URL, e.g. {@code GET /maps/{id}}
 * @param subject what the call is about, for messages, e.g. {@code map 5b1c…}
 */
record ApiCall(String method, HttpUrl url, JsonNode body, String endpoint, String subject) {

  /** GET, PUT and DELETE may be repeated safely; POST and PATCH are never retried. */
  boolean idempotent() {
    return switch (method) {
      case "GET", "HEAD", "PUT", "DELETE" -> true;
      default -> false;
    };
  }
}
