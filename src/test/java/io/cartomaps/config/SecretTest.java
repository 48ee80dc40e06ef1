package io.cartomaps.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretTest {

  static String jwt(String claims) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + ".signature";
  }

  @Test
  void printsAsMaskEverywhere() {
    Secret s = Secret.ofNullable("abc123");
    assertEquals("***", s.toString());
    assertEquals("x=***", "x=" + s);
  }

  @Test
  void leavesOnlyAsABearerHeaderValueWithoutADoublePrefix() {
    assertEquals("Bearer abc123", Secret.ofNullable("abc123").bearerHeaderValue());
    assertEquals("Bearer abc123", Secret.ofNullable("  Bearer abc123 ").bearerHeaderValue());
  }

  @Test
  void blankTokensAreAbsent() {
    assertNull(Secret.ofNullable(null));
    assertNull(Secret.ofNullable("  "));
    assertNull(Secret.ofNullable("Bearer "));
  }

  @Test
  void redactsEchoesOfTheToken() {
    assertEquals(
        "invalid token *** given",
        Secret.ofNullable("abc123").redact("invalid token abc123 given"));
  }

  @Test
  void redactsChangedEchoesOfTheToken() {
    String token = "AbCdEf0123456789GhIjKlMnOpQrStUv";
    Secret s = Secret.ofNullable(token);
    String spaced = String.join(" ", token.split(""));
    for (String echo :
        List.of(
            token.toLowerCase(java.util.Locale.ROOT),
            token.toUpperCase(java.util.Locale.ROOT),
            token.substring(0, 14),
            token.substring(10),
            spaced,
            token.substring(0, 16) + "\n" + token.substring(16))) {
      String redacted = s.redact("bad token '" + echo + "' given");
      assertEquals("bad token '***' given", redacted, echo);
    }
    assertEquals("nothing here: AbCdEf0", s.redact("nothing here: AbCdEf0"));
    assertEquals("short *** and ***", Secret.ofNullable("k3y").redact("short K3Y and k3y"));
  }

  @Test
  void readsExpiryAndSubjectOfAJwt() {
    Secret s = Secret.ofNullable(jwt("{\"sub\":\"auth0|42\",\"exp\":1900000000}"));
    assertEquals(Optional.of(Instant.ofEpochSecond(1_900_000_000L)), s.expiresAt());
    assertEquals(Optional.of("auth0|42"), s.subject());
  }

  @Test
  void anOpaqueTokenHasNoClaims() {
    Secret s = Secret.ofNullable("opaque.api.token-with-dots");
    assertTrue(s.expiresAt().isEmpty());
    assertTrue(s.subject().isEmpty());
  }
}
