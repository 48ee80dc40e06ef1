package io.cartomaps.backend.local.workspace;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Keeps H2's mixed-mode server (the one {@code AUTO_SERVER=TRUE} starts so that a second process
 * can share the maps store) on the loopback interface. H2 binds that server to every interface
 * unless the JVM-wide {@code h2.bindAddress} property is set before H2 first loads, so {@link
 * #apply()} runs from a static initialiser of every class that opens an H2 database; the program's
 * entry point may call it earlier still.
 */
public final class H2Loopback {

  static final String PROPERTY = "h2.bindAddress";
  static final String LOOPBACK = "127.0.0.1";

  private H2Loopback() {}

  /** Sets {@code h2.bindAddress} to the loopback address unless someone chose a value already. */
  public static void apply() {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, LOOPBACK);
    }
  }

  /**
   * Whether H2 actually binds its servers to loopback in this JVM: false when H2 was loaded before
   * {@link #apply()} ran, or when someone set another address.
   */
  public static boolean active() {
    String bound = org.h2.engine.SysProperties.BIND_ADDRESS;
    if (bound == null || bound.isBlank()) {
      return false;
    }
    try {
      return InetAddress.getByName(bound).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
