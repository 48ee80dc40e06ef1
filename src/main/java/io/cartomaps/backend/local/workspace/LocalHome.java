package io.cartomaps.backend.local.workspace;

import io.cartomaps.backend.BackendException;
import io.cartomaps.config.UserHome;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * The directory the local workspace keeps everything in: the maps store and the sample spatial
 * database. {@code CARTO_MAPS_HOME} chooses it; otherwise it is {@code ~/.carto-maps-mcp}. Deleting
 * it resets the workspace.
 */
public record LocalHome(Path dir) {

  /** Environment variable that moves the home, e.g. for tests or a second workspace. */
  public static final String ENV = "CARTO_MAPS_HOME";

  /** Folder name under the user's home directory when {@link #ENV} is not set. */
  public static final String DEFAULT_FOLDER = ".carto-maps-mcp";

  public LocalHome {
    dir = dir.toAbsolutePath().normalize();
  }

  /** The home for this process: {@code $CARTO_MAPS_HOME}, else {@code ~/.carto-maps-mcp}. */
  public static LocalHome resolveDefault() {
    return resolve(System.getenv(), UserHome.current().toString());
  }

  /**
   * The home chosen by an environment and a user home directory (testable form of {@link
   * #resolveDefault()}).
   */
  public static LocalHome resolve(Map<String, String> env, String userHome) {
    String configured = env.get(ENV);
    if (configured != null && !configured.isBlank()) {
      return new LocalHome(Path.of(configured.trim()));
    }
    return new LocalHome(Path.of(userHome, DEFAULT_FOLDER));
  }

  /** H2 base path of the maps store (the file is {@code maps.mv.db}). */
  public Path mapsDatabase() {
    return dir.resolve("maps");
  }

  /** H2 base path of the sample spatial database of a given data version. */
  public Path samplesDatabase(int version) {
    return dir.resolve("samples-v" + version);
  }

  /**
   * Creates the directory on first use. A new directory is readable by its owner only, because the
   * maps store's lock file names the loopback port and key other local processes use to share it.
   */
  public LocalHome ensureExists() {
    if (Files.isDirectory(dir)) {
      return this;
    }
    try {
      Files.createDirectories(dir);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
      }
      return this;
    } catch (IOException e) {
      throw new BackendException(
          BackendException.Kind.UNAVAILABLE,
          "Cannot create the workspace home folder ("
              + hide(e.getMessage())
              + "); set "
              + ENV
              + " to a writable folder.",
          e);
    }
  }

  /** The words that stand for the home in messages. */
  public static final String SHOWN_AS = "the workspace home";

  /**
   * A file of the home as messages name it: relative to {@value #SHOWN_AS}. Messages reach agents
   * and logs they forward, and the absolute path spells out the user's account name and folder
   * layout.
   */
  public String shown(Path file) {
    return shown(dir, file);
  }

  /**
   * {@code message} (an H2 or I/O error text) with the home's absolute path replaced by {@value
   * #SHOWN_AS}.
   */
  public String hide(String message) {
    return hide(dir, message);
  }

  /**
   * {@link #shown(Path)} for code that holds a file of the home but not the home itself ({@code
   * dir}).
   */
  public static String shown(Path dir, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path home = dir.toAbsolutePath().normalize();
    return absolute.startsWith(home) && !absolute.equals(home)
        ? home.relativize(absolute) + " in " + SHOWN_AS
        : absolute.equals(home) ? SHOWN_AS : absolute.toString();
  }

  /** {@link #hide(String)} for code that holds the home's path ({@code dir}) only. */
  public static String hide(Path dir, String message) {
    if (message == null) {
      return null;
    }
    String home = dir.toAbsolutePath().normalize().toString();
    String out =
        message.replace(home + File.separator, SHOWN_AS + File.separator).replace(home, SHOWN_AS);
    try {
      String real = dir.toRealPath().toString();
      out = out.replace(real, SHOWN_AS);
    } catch (IOException e) {
      // a home that does not exist yet has no other spelling
    }
    return out;
  }
}
