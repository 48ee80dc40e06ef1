package io.cartomaps.config;

/**
 * A resolved profile: everything a backend needs to talk to one place where maps live.
 *
 * @param name profile name ({@code local} for the embedded workspace)
 * @param kind local or CARTO
 * @param apiBaseUrl CARTO API base, {@code https://{tenant_id}.api.carto.com} (null for local)
 * @param workspaceUrl Workspace API base from tenant discovery (null for local)
 * @param tenantId e.g. {@code gcp-us-east1}, or null
 * @param tenantDomain the organisation's UI domain, e.g. {@code acme.app.carto.com}, or null when
 *     unknown
 * @param organization organisation name, or null
 * @param token the bearer token (null for local); prints as {@code ***}
 */
public record ProfileConfig(
    String name,
    ProfileKind kind,
    String apiBaseUrl,
    String workspaceUrl,
    String tenantId,
    String tenantDomain,
    String organization,
    Secret token) {

  /** The built-in embedded workspace profile. */
  public static ProfileConfig local() {
    return new ProfileConfig(Profiles.LOCAL, ProfileKind.LOCAL, null, null, null, null, null, null);
  }

  public boolean isLocal() {
    return kind == ProfileKind.LOCAL;
  }

  @Override
  public String toString() {
    return "ProfileConfig[name="
        + name
        + ", kind="
        + kind
        + ", apiBaseUrl="
        + apiBaseUrl
        + ", workspaceUrl="
        + workspaceUrl
        + ", tenantId="
        + tenantId
        + ", tenantDomain="
        + tenantDomain
        + ", organization="
        + organization
        + ", token="
        + (token == null ? "none" : "***")
        + "]";
  }
}
