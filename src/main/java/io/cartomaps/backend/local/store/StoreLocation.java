package io.cartomaps.backend.local.store;

import java.util.Map;

/**
 * Where the maps store lives: the embedded H2 file in the home folder (the default), or a
 * PostgreSQL database that several server instances share, named by {@code
 * CARTO_MAPS_STORE_URL=jdbc:postgresql://host:port/db} with {@code CARTO_MAPS_STORE_USER} / {@code
 * CARTO_MAPS_STORE_PASSWORD}. {@link #toString()} never shows the password.
 */
record StoreLocation(String url, String user, String password) {

  static final String URL_ENV = "CARTO_MAPS_STORE_URL";
  static final String USER_ENV = "CARTO_MAPS_STORE_USER";
  static final String PASSWORD_ENV = "CARTO_MAPS_STORE_PASSWORD";
  static final String POSTGRESQL_PREFIX = "jdbc:postgresql://";

  static final StoreLocation EMBEDDED = new StoreLocation(null, null, null);

  static StoreLocation fromEnvironment() {
    return of(System.getenv());
  }

  static StoreLocation of(Map<String, String> env) {
    String url = blankToNull(env.get(URL_ENV));
    if (url == null) {
      return EMBEDDED;
    }
    if (!url.startsWith(POSTGRESQL_PREFIX)) {
      throw new IllegalArgumentException(
          URL_ENV
              + " must be a PostgreSQL JDBC URL such as "
              + "jdbc:postgresql://db.example:5432/carto_maps (or unset for the embedded store).");
    }
    return new StoreLocation(
        url, blankToNull(env.get(USER_ENV)), blankToNull(env.get(PASSWORD_ENV)));
  }

  boolean embedded() {
    return url == null;
  }

  /** The database for messages: host, port and name only — no user, password or parameters. */
  String safeName() {
    if (url == null) {
      return "embedded";
    }
    String rest = url.substring(POSTGRESQL_PREFIX.length());
    int at = rest.lastIndexOf('@');
    rest = at >= 0 ? rest.substring(at + 1) : rest;
    int q = rest.indexOf('?');
    return "postgresql://" + (q >= 0 ? rest.substring(0, q) : rest);
  }

  @Override
  public String toString() {
    return "StoreLocation[" + safeName() + "]";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
