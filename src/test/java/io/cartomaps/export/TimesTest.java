package io.cartomaps.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TimesTest {

  /** What the formatters alone make of a text: the answer the quick reading must match. */
  private static Long byFormatter(String iso) {
    return Times.byFormatter(iso);
  }

  @Test
  void theStoresFormReadsAsTheFormatterReadsIt() {
    for (String iso :
        new String[] {
          "2024-05-01T10:00:00.000Z",
          "1970-01-01T00:00:00.000Z",
          "1969-12-31T23:59:59.999Z",
          "2024-02-29T23:59:59.999Z",
          "2000-12-31T12:34:56.789Z",
          "0001-01-01T00:00:00.000Z",
          "9999-12-31T23:59:59.999Z"
        }) {
      assertEquals(byFormatter(iso), Times.millis(iso), iso);
    }
  }

  @Test
  void otherFormsFallBackToTheFormatters() {
    for (String iso :
        new String[] {
          "2024-05-01T10:00:00Z",
          "2024-05-01T10:00:00.123456Z",
          "2024-05-01T12:00:00.000+02:00",
          "2024-05-01T10:00:00.000z",
          "2024-05-01T24:00:00.000Z",
          "2016-12-31T23:59:60.000Z",
        }) {
      assertEquals(byFormatter(iso), Times.millis(iso), iso);
    }
  }

  @Test
  void impossibleOrGarbledTimesAreNull() {
    for (String iso :
        new String[] {
          "2023-02-29T10:00:00.000Z",
          "2024-04-31T10:00:00.000Z",
          "2024-13-01T10:00:00.000Z",
          "2024-05-01T10:60:00.000Z",
          "2024-05-01T10:00:00.0a0Z",
          "2024-05-01X10:00:00.000Z",
          "yesterday",
          " ",
        }) {
      assertNull(Times.millis(iso), iso);
    }
    assertNull(Times.millis(null));
  }
}
