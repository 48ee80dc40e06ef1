package io.cartomaps.render;

/**
 * Screenshots of maps stored in a CARTO organisation. Both engines need the network: {@code light}
 * reads the map and its tiles from the CARTO API, {@code full} opens Builder's viewer.
 * Implementations fail fast, with a message that says so, when the hosts cannot be reached.
 */
public interface CloudRenderEngine {

  /**
   * @throws RenderException when the CARTO hosts are unreachable or the map cannot be drawn
   */
  Screenshot render(CloudMapRef map, ScreenshotOptions options);
}
