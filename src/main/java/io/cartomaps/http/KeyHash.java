package io.cartomaps.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Making and checking API keys. Keys are 256 random bits, so a plain SHA-256 is enough to store
 * them: there is no password to guess. Comparison is in constant time.
 */
public final class KeyHash {

  /**
   * Every key starts with this, so a leaked one is easy to recognise (and to tell from a CARTO
   * token).
   */
  public static final String PREFIX = "cmk_";

  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyHash() {}

  /** A new random key. */
  public static String newKey() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String sha256(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** Whether two hex digests are equal, in time that does not depend on where they differ. */
  static boolean same(String hexA, String hexB) {
    return MessageDigest.isEqual(
        hexA.getBytes(StandardCharsets.US_ASCII), hexB.getBytes(StandardCharsets.US_ASCII));
  }
}
