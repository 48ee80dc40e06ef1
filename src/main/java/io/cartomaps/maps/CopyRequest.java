package io.cartomaps.maps;

import java.util.Map;

/**
 * A copy of a map to another profile (or the same one).
 *
 * @param mapId the source map
 * @param sourceProfile where it is, null for the default profile
 * @param destProfile where the copy goes
 * @param connectionMapping source connection name → destination connection name, tried first
 * @param connection a single destination connection for every dataset, tried last
 * @param title a new title, or null to keep it
 * @param keepPrivacy apply the source's privacy to the copy (default true)
 * @param skipSourceValidation do not dry-run the sources through the destination connections
 */
public record CopyRequest(
    String mapId,
    String sourceProfile,
    String destProfile,
    Map<String, String> connectionMapping,
    String connection,
    String title,
    boolean keepPrivacy,
    boolean skipSourceValidation) {

  public CopyRequest {
    connectionMapping = connectionMapping == null ? Map.of() : Map.copyOf(connectionMapping);
  }
}
