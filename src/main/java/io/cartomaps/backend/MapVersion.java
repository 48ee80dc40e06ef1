package io.cartomaps.backend;

/**
 * A map's id and when it last changed: what an incremental export compares with what it already
 * holds.
 *
 * @param id the map id
 * @param updatedAt the map's {@code updatedAt}, ISO-8601 as the listing gives it, or null when
 *     unknown
 */
public record MapVersion(String id, String updatedAt) {}
