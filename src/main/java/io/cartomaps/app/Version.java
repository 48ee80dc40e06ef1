package io.cartomaps.app;

/**
 * The program's version: the jar manifest's {@code Implementation-Version}, which the build writes
 * from the POM. Run from classes (tests, an IDE) there is no manifest, and the version is the
 * release this source tree builds.
 */
public final class Version {

  private static final String SOURCE_TREE = "0.1.0";

  private Version() {}

  public static String current() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? SOURCE_TREE : v;
  }
}
