package io.cartomaps.backend.cloud;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.BackendException.Kind;
import io.cartomaps.config.Secret;
import io.cartomaps.json.Json;
import tools.jackson.databind.JsonNode;

/**
 * Turns CARTO's failure answers into {@link BackendException}s that say what to do. Messages name
 * the endpoint template (never the URL, which can carry SQL) and quote CARTO's own explanation
 * ({@code error}, {@code message} or {@code detail} of the body), with any echo of the token
 * masked.
 */
final class Failures {

  static final String LOGIN_HINT = "run `carto auth login` or set CARTO_API_TOKEN";
  private static final int MAX_REASON_CHARS = 300;

  private final Secret token;
  private final String profile;

  Failures(Secret token, String profile) {
    this.token = token;
    this.profile = profile;
  }

  BackendException forStatus(ApiCall call, int status, String body, String retryAfter) {
    String reason = reason(body);
    String at = " (" + call.endpoint() + ")";
    return switch (status) {
      case 400, 422 ->
          new BackendException(
              Kind.INVALID,
              "CARTO refused "
                  + call.subject()
                  + at
                  + ": "
                  + orElse(reason, "the request is invalid (" + status + ")"));
      case 401 ->
          new BackendException(
              Kind.UNAUTHORIZED,
              "token expired or invalid for profile '" + profile + "'" + at + ": " + LOGIN_HINT);
      case 403 ->
          new BackendException(
              Kind.FORBIDDEN,
              "CARTO denied access to "
                  + call.subject()
                  + at
                  + ": "
                  + orElse(
                      reason,
                      "the token lacks permission; Workspace and Resources APIs need a login token "
                          + "(`carto auth login`), not an API Access Token"));
      case 404 ->
          new BackendException(
              Kind.NOT_FOUND,
              call.subject() + " not found in profile '" + profile + "'" + at + suffix(reason));
      case 405, 501 ->
          new BackendException(
              Kind.UNSUPPORTED,
              "CARTO does not accept "
                  + call.endpoint()
                  + " ("
                  + status
                  + "): the endpoint may have changed; "
                  + "see docs/carto-api.md"
                  + suffix(reason));
      case 409 ->
          new BackendException(
              Kind.CONFLICT,
              "CARTO reports a conflict on "
                  + call.subject()
                  + at
                  + ": "
                  + orElse(reason, "it is locked or changed by someone else; try again later"));
      case 429 ->
          new BackendException(
              Kind.RATE_LIMITED,
              "CARTO is rate limiting requests"
                  + at
                  + ": wait"
                  + (retryAfter == null ? " a minute" : " " + retryAfter.strip() + " s")
                  + " and try again");
      default ->
          status >= 500
              ? new BackendException(
                  Kind.UNAVAILABLE,
                  "CARTO failed with " + status + at + ": try again later" + suffix(reason))
              : new BackendException(
                  Kind.INVALID,
                  "CARTO refused " + call.subject() + " with " + status + at + suffix(reason));
    };
  }

  BackendException badResponse(ApiCall call, String what) {
    return new BackendException(
        Kind.BAD_RESPONSE,
        "CARTO answered "
            + call.endpoint()
            + " with "
            + what
            + ": retry, and report it if it persists");
  }

  /** CARTO's own explanation from an error body, or null. */
  String reason(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    JsonNode node;
    try {
      node = Json.parse(body);
    } catch (RuntimeException notJson) {
      return null;
    }
    String r = null;
    for (String field : new String[] {"error", "message", "detail", "msg"}) {
      JsonNode v = node.get(field);
      if (v != null && v.isString() && !v.asString().isBlank()) {
        r = v.asString();
        break;
      }
      if (v != null && v.isObject() && Json.text(v, "message") != null) {
        r = Json.text(v, "message");
        break;
      }
      if (v != null && v.isArray() && !v.isEmpty()) {
        JsonNode first = v.get(0);
        r =
            first.isString()
                ? first.asString()
                : Json.text(first, "msg") != null
                    ? Json.text(first, "msg")
                    : Json.text(first, "message");
        if (r != null) {
          break;
        }
      }
    }
    if (r == null) {
      return null;
    }
    r = token == null ? r : token.redact(r);
    r = r.replaceAll("\\s+", " ").strip();
    return r.length() > MAX_REASON_CHARS ? r.substring(0, MAX_REASON_CHARS) + "…" : r;
  }

  private static String orElse(String reason, String fallback) {
    return reason != null ? reason : fallback;
  }

  private static String suffix(String reason) {
    return reason == null ? "" : ": " + reason;
  }
}
