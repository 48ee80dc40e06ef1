package io.cartomaps.maps;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * The viewport create fits to the data shows all of it in a 1280x800 image under Builder's
 * web-Mercator camera (a 512-pixel world at zoom 0), and is not zoomed out by more than needed.
 */
class FittedViewportTest {

  @ParameterizedTest
  @CsvSource({
    "-157.8583, -54.8108, 178.4415, 69.6489", // world cities
    "-3.9, 40.3, -3.5, 40.6", // a city
    "-10, 35, 30, 60" // a region
  })
  void theFittedViewShowsTheWholeExtentAndLittleMore(
      double west, double south, double east, double north) {
    ObjectNode ms = AutoFill.fit(new double[] {west, south, east, north}, null);
    double scale = 512 * Math.pow(2, ms.get("zoom").asDouble());
    double cx = x(ms.get("longitude").asDouble()) * scale;
    double cy = y(ms.get("latitude").asDouble()) * scale;
    double[] corners = {x(west) * scale, y(north) * scale, x(east) * scale, y(south) * scale};
    assertTrue(corners[0] >= cx - 640 && corners[2] <= cx + 640, "lng cut off: " + ms);
    assertTrue(corners[1] >= cy - 400 && corners[3] <= cy + 400, "lat cut off: " + ms);
    double fill = Math.max((corners[2] - corners[0]) / 1280, (corners[3] - corners[1]) / 800);
    assertTrue(fill > 0.8, "the data fills " + fill + " of the image: " + ms);
  }

  private static double x(double lng) {
    return (lng + 180) / 360;
  }

  private static double y(double lat) {
    double phi = Math.toRadians(lat);
    return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
  }
}
