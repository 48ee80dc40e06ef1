package io.cartomaps.render;

import java.net.URI;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A map that lives in a CARTO organisation. The access token is a supplier so it is read only when
 * a request is made, and {@link #toString()} never shows it.
 *
 * @param apiBaseUrl the CARTO API host, e.g. {@code https://gcp-us-east1.api.carto.com} (light
 *     engine)
 * @param workspaceUrl the Builder host, e.g. {@code https://clausa.app.carto.com} (full engine)
 * @param accessToken the token for private maps; returns null for public maps
 */
public record CloudMapRef(
    String mapId, URI apiBaseUrl, URI workspaceUrl, Supplier<String> accessToken) {

  public CloudMapRef {
    Objects.requireNonNull(mapId, "mapId");
    Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
    Objects.requireNonNull(workspaceUrl, "workspaceUrl");
    accessToken = accessToken == null ? () -> null : accessToken;
  }

  /** Builder's viewer page for the map (carries no token). */
  public URI viewerUri() {
    String base = workspaceUrl.toString().replaceAll("/+$", "");
    return URI.create(base + "/viewer/" + mapId);
  }

  @Override
  public String toString() {
    return "CloudMapRef[mapId="
        + mapId
        + ", apiBaseUrl="
        + apiBaseUrl
        + ", workspaceUrl="
        + workspaceUrl
        + "]";
  }
}
