package io.cartomaps.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretTest {

  static String jwt(String claims) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".signature";
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
    assertEquals("invalid token *** given", Secret.ofNullable("abc123").redact("invalid token abc123 given"));
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
