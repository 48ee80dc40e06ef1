package io.cartomaps.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The viewer bins {@code h3:<col>} datasets in the page and cannot import Java, so {@code
 * web/src/binning.js} keeps its own copy of the H3 prefixes; this keeps the copy equal to {@link
 * GeoColumn#H3_PREFIXES}.
 */
class GeoColumnPrefixesMatchViewerTest {

  private static final Path BINNING = Path.of("web", "src", "binning.js");

  /**
   * The array literal that {@code parseGeoColumn} tests the prefix against before answering {@code
   * 'h3'}.
   */
  private static final Pattern H3_LIST =
      Pattern.compile(
          "\\[([^\\]]*)\\]\\s*\\.includes\\(\\s*\\w+\\s*\\)\\s*\\)\\s*return\\s*\\{\\s*index:\\s*'h3'");

  private static final Pattern QUOTED = Pattern.compile("'([^']*)'|\"([^\"]*)\"");

  @Test
  void viewerReadsTheSameH3PrefixesAsTheServer() throws IOException {
    String source = Files.readString(BINNING);
    int function = source.indexOf("export function parseGeoColumn(");
    assertTrue(
        function >= 0,
        BINNING + " no longer defines parseGeoColumn; point this test at its H3 prefix list.");
    Matcher list = H3_LIST.matcher(source);
    assertTrue(
        list.find(function),
        "parseGeoColumn in "
            + BINNING
            + " no longer tests an array literal of H3 "
            + "prefixes; point this test at where the list now lives.");
    Set<String> viewer = new HashSet<>();
    Matcher item = QUOTED.matcher(list.group(1));
    while (item.find()) {
      viewer.add(item.group(1) != null ? item.group(1) : item.group(2));
    }
    assertEquals(
        GeoColumn.H3_PREFIXES,
        viewer,
        "the H3 prefixes in "
            + BINNING
            + " differ from GeoColumn.H3_PREFIXES; change both together.");
  }
}
