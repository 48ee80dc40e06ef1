package io.cartomaps.config;

/**
 * The API hosts a tenant's {@code config.yaml} announces.
 *
 * @param workspaceUrl {@code apis.workspaceUrl}, Builder's backend
 * @param apiBaseUrl {@code apis.baseUrl}, the CARTO API base, or null
 */
public record TenantApis(String workspaceUrl, String apiBaseUrl) {}
