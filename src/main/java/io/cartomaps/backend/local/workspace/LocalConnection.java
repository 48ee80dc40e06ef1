package io.cartomaps.backend.local.workspace;

import io.cartomaps.backend.Connection;

/**
 * The one data connection of the local workspace: the embedded H2GIS engine with the sample data.
 */
public final class LocalConnection {

  /** Fixed so that datasets written on one machine keep pointing at the local engine on another. */
  public static final String ID = "4c0ca1d0-7e5a-4a0e-9c1e-00000000ca70";

  public static final String NAME = "local";
  public static final String PROVIDER_ID = "h2gis";

  public static final Connection CONNECTION = new Connection(ID, NAME, PROVIDER_ID);

  private LocalConnection() {}

  public static boolean is(String connectionId) {
    return ID.equals(connectionId);
  }

  /** Message for a connection id the local workspace does not have, naming the one it has. */
  public static String unknown(String connectionId) {
    return "Connection '"
        + connectionId
        + "' not found in profile 'local'; its only connection is '"
        + NAME
        + "' (id "
        + ID
        + ").";
  }
}
