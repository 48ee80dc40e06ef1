package io.cartomaps.http;

import java.util.List;
import java.util.Optional;

/**
 * The keys a server accepts. Empty means no authentication, which only a loopback server may run
 * with.
 */
public record ApiKeys(List<ApiKey> keys) {

  public static final ApiKeys NONE = new ApiKeys(List.of());

  public ApiKeys {
    keys = List.copyOf(keys);
  }

  public boolean isEmpty() {
    return keys.isEmpty();
  }

  /**
   * The key a presented bearer token is, if any. Every stored hash is compared, so timing says
   * nothing.
   */
  public Optional<ApiKey> match(String presented) {
    String hash = KeyHash.sha256(presented);
    ApiKey found = null;
    for (ApiKey k : keys) {
      if (KeyHash.same(hash, k.keySha256())) {
        found = k;
      }
    }
    return Optional.ofNullable(found);
  }
}
