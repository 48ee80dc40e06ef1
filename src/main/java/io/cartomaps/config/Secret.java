package io.cartomaps.config;

import io.cartomaps.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A CARTO token. It prints as {@code ***} everywhere; the text leaves this object only as an
 * {@code Authorization} header value, built by the HTTP client's auth interceptor. The non-secret claims of a JWT
 * (expiry, subject) can be read without exposing the token.
 */
public final class Secret {

  private static final String MASK = "***";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /** Wraps a token; a leading {@code Bearer } is dropped. Returns null for a null or blank token. */
  public static Secret ofNullable(String token) {
    if (token == null) {
      return null;
    }
    String t = token.strip();
    if (t.regionMatches(true, 0, "Bearer", 0, 6) && (t.length() == 6 || Character.isWhitespace(t.charAt(6)))) {
      t = t.substring(6).strip();
    }
    return t.isEmpty() ? null : new Secret(t);
  }

  /** The value of an {@code Authorization} header: {@code Bearer <token>}. Only the auth interceptor calls this. */
  public String bearerHeaderValue() {
    return "Bearer " + value;
  }

  /** Replaces every occurrence of the token in {@code text} with {@code ***} (for text a server echoes back). */
  public String redact(String text) {
    return text == null ? null : text.replace(value, MASK);
  }

  /** When the token stops working, if it is a JWT with an {@code exp} claim. */
  public Optional<Instant> expiresAt() {
    JsonNode exp = claims().get("exp");
    return exp != null && exp.isNumber() ? Optional.of(Instant.ofEpochSecond(exp.asLong())) : Optional.empty();
  }

  /** The user the token represents ({@code sub} claim of a JWT), if it says. Not a secret. */
  public Optional<String> subject() {
    return Optional.ofNullable(Json.text(claims(), "sub"));
  }

  private JsonNode claims() {
    String[] parts = value.split("\\.");
    if (parts.length != 3) {
      return Json.object();
    }
    try {
      byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
      JsonNode node = Json.parse(new String(payload, StandardCharsets.UTF_8));
      return node.isObject() ? node : Json.object();
    } catch (RuntimeException notAJwt) {
      return Json.object();
    }
  }

  @Override
  public String toString() {
    return MASK;
  }
}
