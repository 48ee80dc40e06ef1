package io.cartomaps.config;

import io.cartomaps.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A CARTO token. It prints as {@code ***} everywhere; the text leaves this object only as an {@code
 * Authorization} header value, built by the HTTP client's auth interceptor. The non-secret claims
 * of a JWT (expiry, subject) can be read without exposing the token.
 */
public final class Secret {

  private static final String MASK = "***";

  /** Characters of the token that, found in a row in a text, are taken for (part of) it. */
  static final int FRAGMENT = 12;

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a token; a leading {@code Bearer } is dropped. Returns null for a null or blank token.
   */
  public static Secret ofNullable(String token) {
    if (token == null) {
      return null;
    }
    String t = token.strip();
    if (t.regionMatches(true, 0, "Bearer", 0, 6)
        && (t.length() == 6 || Character.isWhitespace(t.charAt(6)))) {
      t = t.substring(6).strip();
    }
    return t.isEmpty() ? null : new Secret(t);
  }

  /**
   * The value of an {@code Authorization} header: {@code Bearer <token>}. Only the auth interceptor
   * calls this.
   */
  public String bearerHeaderValue() {
    return "Bearer " + value;
  }

  /**
   * Replaces the token in {@code text} with {@code ***} (for text a server echoes back), also when
   * it comes back changed: in another case, cut short or split, or spaced out. Any run of {@link
   * #FRAGMENT} or more characters of the token (whole token if shorter), compared ignoring case and
   * whitespace, is masked with the whitespace inside it.
   */
  public String redact(String text) {
    if (text == null) {
      return null;
    }
    String secret = value.toLowerCase(Locale.ROOT);
    int k = Math.min(FRAGMENT, secret.length());
    Set<String> pieces = new HashSet<>();
    for (int i = 0; i + k <= secret.length(); i++) {
      pieces.add(secret.substring(i, i + k));
    }
    StringBuilder squeezed = new StringBuilder();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        squeezed.append(Character.toLowerCase(c));
        at.add(i);
      }
    }
    boolean[] hidden = new boolean[text.length()];
    boolean any = false;
    for (int p = 0; p + k <= squeezed.length(); p++) {
      if (pieces.contains(squeezed.substring(p, p + k))) {
        // Mask from the first to the last character of the piece, whitespace in between included.
        for (int i = at.get(p); i <= at.get(p + k - 1); i++) {
          hidden[i] = true;
        }
        any = true;
      }
    }
    if (!any) {
      return text;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (!hidden[i]) {
        out.append(text.charAt(i));
      } else if (i == 0 || !hidden[i - 1]) {
        out.append(MASK);
      }
    }
    return out.toString();
  }

  /** When the token stops working, if it is a JWT with an {@code exp} claim. */
  public Optional<Instant> expiresAt() {
    JsonNode exp = claims().get("exp");
    return exp != null && exp.isNumber()
        ? Optional.of(Instant.ofEpochSecond(exp.asLong()))
        : Optional.empty();
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
