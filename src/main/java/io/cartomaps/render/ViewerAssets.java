package io.cartomaps.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The viewer page and its bundle, read from the classpath ({@code /viewer/}). The same files serve
 * headless renders and the interactive viewer, so what a person sees is what a screenshot shows.
 */
public final class ViewerAssets {

  /** A static file with its content type. */
  public record Asset(String name, String contentType, byte[] body) {}

  private static final String ROOT = "/viewer/";
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "json", "application/json");

  private static final Map<String, Asset> CACHE = new ConcurrentHashMap<>();

  private ViewerAssets() {}

  /**
   * A file of the viewer by plain name ({@code index.html}, {@code mapshot.js}); empty for anything
   * else.
   */
  public static Optional<Asset> find(String name) {
    if (name == null || !name.matches("[a-z0-9_-]+\\.(html|js|css|json)")) {
      return Optional.empty();
    }
    Asset cached = CACHE.get(name);
    if (cached != null) {
      return Optional.of(cached);
    }
    try (InputStream in = ViewerAssets.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        return Optional.empty();
      }
      String ext = name.substring(name.lastIndexOf('.') + 1);
      Asset asset = new Asset(name, TYPES.get(ext), in.readAllBytes());
      CACHE.put(name, asset);
      return Optional.of(asset);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not read the viewer file " + name + " from the classpath", e);
    }
  }

  /** A file that must exist (the page and bundle ship in the jar). */
  public static Asset require(String name) {
    return find(name)
        .orElseThrow(
            () ->
                new RenderException(
                    "The viewer file "
                        + name
                        + " is missing from the"
                        + " program's classpath; the build is incomplete (rebuild the jar)."));
  }
}
