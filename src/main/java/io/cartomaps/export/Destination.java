package io.cartomaps.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where an export goes: an embedded DuckDB file (the default, named like dlt's {@code
 * <pipeline>.duckdb}) or a PostgreSQL database shared by a team. {@link #display()} never shows a
 * password.
 */
public sealed interface Destination {

  /** The default file, in the working directory. */
  String DEFAULT_FILE = "carto_maps.duckdb";

  Dialect dialect();

  /** The destination as it can be printed: no password. */
  String display();

  /**
   * An open connection with auto-commit off; clear {@link ExportException}s when it cannot be
   * opened.
   */
  Connection open();

  /** A DuckDB database file. */
  record DuckDbFile(Path file) implements Destination {

    @Override
    public Dialect dialect() {
      return Dialect.DUCKDB;
    }

    @Override
    public String display() {
      return "duckdb:" + file;
    }

    @Override
    public Connection open() {
      Path dir = file.toAbsolutePath().getParent();
      if (dir == null || !Files.isDirectory(dir)) {
        throw ExportException.input(
            "DESTINATION_UNWRITABLE",
            "Cannot create "
                + file
                + ": the directory "
                + dir
                + " does not exist. Create it, or pass --to with a path in an existing directory.");
      }
      if (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(dir)) {
        throw ExportException.input(
            "DESTINATION_UNWRITABLE",
            "Cannot write "
                + file
                + ": "
                + (Files.exists(file) ? "the file" : "the directory " + dir)
                + " is not writable. Pass --to with a "
                + "writable path.");
      }
      try {
        Class.forName("org.duckdb.DuckDBDriver");
        Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        c.setAutoCommit(false);
        return c;
      } catch (ClassNotFoundException e) {
        throw ExportException.failure(
            "DESTINATION_UNAVAILABLE", "The DuckDB driver is missing from this build.", e);
      } catch (SQLException e) {
        String m = String.valueOf(e.getMessage());
        String hint =
            m.contains("lock")
                ? " Another program has it open: close it, or export to another file."
                : " Pass --to with another path, or remove the file if it is not a DuckDB database.";
        throw ExportException.failure(
            "DESTINATION_UNAVAILABLE",
            "Cannot open DuckDB file " + file + ": " + firstLine(m) + "." + hint,
            null);
      }
    }
  }

  /**
   * A PostgreSQL database.
   *
   * @param jdbcUrl {@code jdbc:postgresql://host:port/db} without credentials
   */
  record Postgres(String jdbcUrl, String user, String password) implements Destination {

    @Override
    public Dialect dialect() {
      return Dialect.POSTGRES;
    }

    @Override
    public String display() {
      return jdbcUrl.substring("jdbc:".length()) + (user == null ? "" : " as " + user);
    }

    /** Never the password. */
    @Override
    public String toString() {
      return "Postgres[" + display() + "]";
    }

    @Override
    public Connection open() {
      Properties props = new Properties();
      if (user != null) {
        props.setProperty("user", user);
      }
      if (password != null) {
        props.setProperty("password", password);
      }
      props.setProperty("connectTimeout", "10");
      // One multi-row INSERT per JDBC batch instead of one round trip per row.
      props.setProperty("reWriteBatchedInserts", "true");
      try {
        Connection c = DriverManager.getConnection(jdbcUrl, props);
        c.setAutoCommit(false);
        return c;
      } catch (SQLException e) {
        String state = String.valueOf(e.getSQLState());
        String what =
            state.equals("28P01") || state.equals("28000")
                ? "PostgreSQL refused the login"
                    + (user == null ? "" : " of user " + user)
                    + ": check the user and password (in the URL, or PGUSER/PGPASSWORD)."
                : state.startsWith("08")
                    ? "Cannot reach PostgreSQL at "
                        + display()
                        + " ("
                        + firstLine(e.getMessage())
                        + "): is the server running and the host and port right?"
                    : state.equals("3D000")
                        ? "PostgreSQL has no database named in " + display() + ": create it first."
                        : "Cannot connect to PostgreSQL at "
                            + display()
                            + ": "
                            + firstLine(e.getMessage());
        throw ExportException.failure("DESTINATION_UNAVAILABLE", what, null);
      }
    }
  }

  /**
   * The destination of {@code --to}: null for {@link #DEFAULT_FILE}; {@code
   * postgresql://user:password@host:port/db} (or a {@code jdbc:postgresql:} URL) for PostgreSQL,
   * the user and password defaulting to {@code PGUSER} and {@code PGPASSWORD}; {@code duckdb:path}
   * or any other text for a DuckDB file.
   */
  static Destination parse(String to, Map<String, String> env) {
    if (to == null || to.isBlank()) {
      return new DuckDbFile(Path.of(DEFAULT_FILE));
    }
    String lower = to.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql:")
        || lower.startsWith("postgresql:")
        || lower.startsWith("postgres:")) {
      return postgres(to.startsWith("jdbc:") ? to.substring(5) : to, env);
    }
    if (lower.startsWith("duckdb:")) {
      to = to.substring("duckdb:".length());
    }
    if (to.isBlank()) {
      throw ExportException.input(
          "DESTINATION_INVALID", "--to duckdb: needs a file path, e.g. duckdb:maps.duckdb.");
    }
    return new DuckDbFile(Path.of(to));
  }

  private static Destination postgres(String url, Map<String, String> env) {
    URI uri;
    try {
      uri = new URI(url.replaceFirst("^postgres(ql)?:", "postgresql:"));
    } catch (URISyntaxException e) {
      throw ExportException.input(
          "DESTINATION_INVALID",
          "--to is not a PostgreSQL URL: use "
              + "postgresql://user@host:5432/database (password in PGPASSWORD).");
    }
    if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
      throw ExportException.input(
          "DESTINATION_INVALID",
          "--to needs a host and a database: " + "postgresql://user@host:5432/database.");
    }
    String user = env.get("PGUSER");
    String password = env.get("PGPASSWORD");
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = decode(parts[0]);
      if (parts.length == 2) {
        password = decode(parts[1]);
      }
    }
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String jdbc =
        "jdbc:postgresql://"
            + uri.getHost()
            + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
            + uri.getRawPath()
            + query;
    if (query.toLowerCase(Locale.ROOT).contains("password=")) {
      throw ExportException.input(
          "DESTINATION_INVALID",
          "Put the password in the URL's user part "
              + "(postgresql://user:password@host/db) or in PGPASSWORD, not in its query.");
    }
    return new Postgres(jdbc, user, password);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String firstLine(String message) {
    String m = message == null ? "unknown error" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
