package io.cartomaps.backend.cloud.fakeorg;

/** The two hosts of a CARTO organisation; each route answers on one of them only. */
public enum Host {
  /** {@code https://{tenant_id}.api.carto.com}: Resources, SQL and Maps APIs. */
  API,
  /** The Workspace API, Builder's own backend. */
  WORKSPACE
}
