package io.cartomaps.backend.cloud.fakeorg;

/**
 * A data connection of the organisation.
 *
 * @param id its id, as datasets' {@code connectionId}
 * @param name its name, as the SQL and Maps APIs address it
 * @param providerId e.g. {@code postgres}, {@code bigquery}
 * @param tables what its SQL catalogue holds
 */
public record FakeConnection(String id, String name, String providerId, TableCatalogue tables) {}
