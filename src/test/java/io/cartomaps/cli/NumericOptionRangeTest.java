package io.cartomaps.cli;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Huge, negative and fractional {@code --page}, {@code --page-size} and {@code --zoom} name the
 * allowed range.
 */
class NumericOptionRangeTest {

  @TempDir Path home;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "list|--page|1e12|--page must be an integer from 1 to 1000000",
        "list|--page|-3|--page must be an integer from 1 to 1000000",
        "list|--page|1.5|--page must be an integer from 1 to 1000000",
        "list|--page-size|99999999999|--page-size must be an integer from 1 to 100",
        "list|--page-size|0|--page-size must be an integer from 1 to 100",
        "screenshot|--zoom|1e9|zoom must be between 0 and 22",
        "screenshot|--zoom|-1|zoom must be between 0 and 22"
      })
  void refusedWithTheRange(String command, String option, String value, String expected) {
    Cli.Result r =
        command.equals("list")
            ? new Cli(home).run("maps", "list", option + "=" + value)
            : new Cli(home).run("maps", "screenshot", "some-id", option + "=" + value);
    assertNotEquals(0, r.exit());
    assertTrue(r.err().contains(expected), r.out() + r.err());
  }
}
