package io.cartomaps.config;

/** Where a profile's maps live. */
public enum ProfileKind {
  /** The embedded workspace on this machine; needs no credentials. */
  LOCAL,
  /** A CARTO organisation reached over HTTPS with a token. */
  CARTO
}
