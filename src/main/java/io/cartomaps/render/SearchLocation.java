package io.cartomaps.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code --search} option. Offline there is no geocoder, so only a {@code "lat,lng"} pair can
 * be resolved; an address gets a clear error instead of a silent guess.
 */
public record SearchLocation(double latitude, double longitude) {

  private static final Pattern LAT_LNG =
      Pattern.compile("\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*,\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*");

  public static SearchLocation parse(String query) {
    if (query == null || query.isBlank()) {
      throw new InvalidScreenshotOptionException(
          "--search", "--search is empty. Give \"lat,lng\", e.g. \"40.42,-3.70\".");
    }
    Matcher m = LAT_LNG.matcher(query);
    if (!m.matches()) {
      throw new InvalidScreenshotOptionException(
          "--search",
          "Cannot look up the address '"
              + query
              + "': no geocoder is available offline. Give the centre as"
              + " \"lat,lng\" (e.g. \"40.42,-3.70\") or use --lat and --lng.");
    }
    double lat = Double.parseDouble(m.group(1));
    double lng = Double.parseDouble(m.group(2));
    ScreenshotOptions.checkRange("--search", "latitude", lat, -90, 90);
    ScreenshotOptions.checkRange("--search", "longitude", lng, -180, 180);
    return new SearchLocation(lat, lng);
  }
}
