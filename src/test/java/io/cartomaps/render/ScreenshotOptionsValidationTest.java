package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenshotOptionsValidationTest {

  private static InvalidScreenshotOptionException rejected(ScreenshotOptions.Builder builder) {
    return assertThrows(InvalidScreenshotOptionException.class, builder::build);
  }

  @Test
  void defaultsMatchTheCli() {
    ScreenshotOptions o = ScreenshotOptions.defaults();
    assertEquals(RenderEngine.LIGHT, o.engine());
    assertEquals(Path.of("screenshot.png"), o.output());
    assertEquals(1280, o.width());
    assertEquals(800, o.height());
    assertEquals(60, o.timeoutSeconds());
    assertEquals(0, o.waitSeconds());
  }

  @Test
  void rejectsWidthBelowTheMinimum() {
    var e = rejected(ScreenshotOptions.builder().width(10));
    assertEquals("--width", e.option());
    assertTrue(e.getMessage().contains("between 64 and 4096"), e.getMessage());
  }

  @Test
  void rejectsHeightAboveTheMaximum() {
    var e = rejected(ScreenshotOptions.builder().height(5000));
    assertEquals("--height", e.option());
    assertTrue(e.getMessage().contains("got 5000"), e.getMessage());
  }

  @Test
  void rejectsLatitudeOutOfRange() {
    assertEquals("--lat", rejected(ScreenshotOptions.builder().latitude(91.0)).option());
  }

  @Test
  void rejectsLongitudeOutOfRange() {
    assertEquals("--lng", rejected(ScreenshotOptions.builder().longitude(-181.0)).option());
  }

  @Test
  void rejectsZoomBeyondTwentyTwo() {
    assertEquals("--zoom", rejected(ScreenshotOptions.builder().zoom(23.0)).option());
  }

  @Test
  void rejectsPitchBeyondSixty() {
    assertEquals("--pitch", rejected(ScreenshotOptions.builder().pitch(75.0)).option());
  }

  @Test
  void rejectsBearingBeyondOneTurn() {
    assertEquals("--bearing", rejected(ScreenshotOptions.builder().bearing(400.0)).option());
  }

  @Test
  void rejectsNegativeLayerIndex() {
    var e = rejected(ScreenshotOptions.builder().layers(List.of(0, -1)));
    assertTrue(e.getMessage().contains("0 is the top layer"), e.getMessage());
  }

  @Test
  void rejectsRepeatedLayerIndex() {
    var e = rejected(ScreenshotOptions.builder().layers(List.of(1, 1)));
    assertTrue(e.getMessage().contains("twice"), e.getMessage());
  }

  @Test
  void acceptsLatLngSearch() {
    var o = ScreenshotOptions.builder().search(" 40.42 , -3.70 ").build();
    assertEquals(new SearchLocation(40.42, -3.70), o.searchLocation().orElseThrow());
  }

  @Test
  void rejectsAddressSearchBecauseNoGeocoderIsAvailableOffline() {
    var e = rejected(ScreenshotOptions.builder().search("Gran Via 1, Madrid"));
    assertEquals("--search", e.option());
    assertTrue(e.getMessage().contains("no geocoder is available offline"), e.getMessage());
    assertTrue(e.getMessage().contains("lat,lng"), e.getMessage());
  }

  @Test
  void rejectsSearchOutsideTheGlobe() {
    assertTrue(
        rejected(ScreenshotOptions.builder().search("95,10")).getMessage().contains("latitude"));
  }

  @Test
  void rejectsSearchTogetherWithLatitude() {
    var e = rejected(ScreenshotOptions.builder().search("40,3").latitude(1.0));
    assertTrue(e.getMessage().contains("not both"), e.getMessage());
  }

  @Test
  void rejectsZeroTimeout() {
    assertEquals("--timeout", rejected(ScreenshotOptions.builder().timeoutSeconds(0)).option());
  }

  @Test
  void rejectsTimeoutAboveTenMinutes() {
    assertEquals("--timeout", rejected(ScreenshotOptions.builder().timeoutSeconds(601)).option());
  }

  @Test
  void rejectsNegativeWait() {
    assertEquals("--wait", rejected(ScreenshotOptions.builder().waitSeconds(-1)).option());
  }

  @Test
  void rejectsADirectoryAsOutput(@TempDir Path dir) {
    assertEquals("--output", rejected(ScreenshotOptions.builder().output(dir)).option());
  }

  @Test
  void rejectsUnknownEngineName() {
    var e =
        assertThrows(InvalidScreenshotOptionException.class, () -> RenderEngine.fromName("heavy"));
    assertTrue(
        e.getMessage().contains("'light'") && e.getMessage().contains("'full'"), e.getMessage());
  }

  @Test
  void readsEngineNamesInAnyCase() {
    assertEquals(RenderEngine.FULL, RenderEngine.fromName("FULL"));
    assertEquals(RenderEngine.LIGHT, RenderEngine.fromName(" light "));
  }
}
