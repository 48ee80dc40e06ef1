package io.cartomaps.config;

/**
 * One profile of the CARTO CLI credentials file, as stored. {@code token} may be null (a
 * half-finished login).
 */
public record StoredProfile(
    String name,
    Secret token,
    String tenantId,
    String tenantDomain,
    String organizationId,
    String organizationName,
    String userEmail) {}
