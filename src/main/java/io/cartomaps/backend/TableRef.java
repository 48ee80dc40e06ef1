package io.cartomaps.backend;

/** A readable table or view: fully qualified name and kind ({@code table} or {@code view}). */
public record TableRef(String name, String kind) {}
