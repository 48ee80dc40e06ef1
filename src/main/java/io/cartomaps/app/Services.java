package io.cartomaps.app;

import io.cartomaps.maps.MapService;
import io.cartomaps.render.MapPreviews;
import io.cartomaps.validate.SchemaSections;
import java.nio.file.Path;

/**
 * The program's parts, wired once per process: the map service over the profiles' backends, the
 * schema sections, and the map previews (screenshots), which start a browser only when first used.
 *
 * @param screenshots where the screenshot tool saves PNGs
 * @param serveLocalLinks makes local maps' links answer from this process from the first link on
 *     (the server)
 */
public record Services(
    MapService maps,
    SchemaSections schemas,
    MapPreviews previews,
    Path screenshots,
    AutoCloseable resources,
    Runnable serveLocalLinks)
    implements AutoCloseable {

  public Services(
      MapService maps,
      SchemaSections schemas,
      MapPreviews previews,
      Path screenshots,
      AutoCloseable resources) {
    this(maps, schemas, previews, screenshots, resources, () -> {});
  }

  @Override
  public void close() {
    try {
      resources.close();
    } catch (Exception e) {
      // closing is best effort at exit
    }
  }
}
