package io.cartomaps.backend;

/**
 * A column a source returns; {@code type} uses CARTO's names: string, number, boolean, date,
 * timestamp, geometry.
 */
public record Column(String name, String type) {}
