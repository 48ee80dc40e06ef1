package io.cartomaps.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The content of the CARTO CLI credentials file.
 *
 * @param currentProfile the default profile ({@code current_profile}), or null
 * @param profiles stored profiles by name, in file order
 */
public record StoredCredentials(String currentProfile, Map<String, StoredProfile> profiles) {

  public StoredCredentials {
    profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
  }

  public static StoredCredentials empty() {
    return new StoredCredentials(null, Map.of());
  }

  public boolean isEmpty() {
    return profiles.isEmpty();
  }
}
