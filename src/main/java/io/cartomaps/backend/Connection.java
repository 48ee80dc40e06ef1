package io.cartomaps.backend;

/** A data connection of a profile (a warehouse, or the local spatial engine). */
public record Connection(String id, String name, String providerId) {}
