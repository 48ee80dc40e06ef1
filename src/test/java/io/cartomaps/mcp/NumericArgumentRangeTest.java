package io.cartomaps.mcp;

import static io.cartomaps.mcp.ToolCalls.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Huge, negative and fractional paging and zoom arguments are refused with the allowed range. */
class NumericArgumentRangeTest {

  @TempDir Path home;

  private static String text(CallToolResult r) {
    return ((TextContent) r.content().get(0)).text();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "page|1e12|page must be an integer from 1 to 1000000",
        "page|1000000000000|page must be an integer from 1 to 1000000",
        "page|-3|page must be an integer from 1 to 1000000",
        "page|1.5|page must be an integer from 1 to 1000000",
        "page_size|99999999999|page_size must be an integer from 1 to 100",
        "page_size|0|page_size must be an integer from 1 to 100",
        "page_size|2.5|page_size must be an integer from 1 to 100"
      })
  void listMapsNamesTheRange(String name, String value, String expected) {
    CallToolResult r = call(home, "list_maps", Map.of(name, number(value)));
    assertTrue(r.isError(), text(r));
    assertTrue(text(r).contains(expected), text(r));
    assertEquals(
        "INVALID_ARGUMENT",
        ((Map<?, ?>) ((Map<?, ?>) r.structuredContent()).get("error")).get("code"));
  }

  @ParameterizedTest
  @CsvSource({"1e9", "-1", "1e400"})
  void screenshotZoomNamesTheRange(String value) {
    CallToolResult r = call(home, "screenshot", Map.of("map_id", "x", "zoom", number(value)));
    assertTrue(r.isError(), text(r));
    assertTrue(text(r).contains("zoom must be between 0 and 22"), text(r));
  }

  /**
   * The number as the JSON reader hands it over: a long when integral and small enough, else a
   * double.
   */
  private static Number number(String text) {
    BigDecimal d = new BigDecimal(text);
    if (!text.contains("e") && !text.contains(".")) {
      try {
        return d.longValueExact();
      } catch (ArithmeticException e) {
        return d.toBigInteger();
      }
    }
    return text.contains("e4") ? d : d.doubleValue();
  }
}
