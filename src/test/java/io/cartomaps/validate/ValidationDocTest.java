package io.cartomaps.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.validate.finding.RuleCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/validation.md} is generated from the {@link RuleCode} catalog. This test fails when
 * the committed page differs from the generated text; run it with {@code -Ddocs.write=true} to
 * rewrite the page.
 */
class ValidationDocTest {

  private static final Path DOC = Path.of("docs", "validation.md");

  @Test
  void committedPageMatchesTheCatalog() throws IOException {
    String generated = RuleCatalog.markdown();
    if (Boolean.getBoolean("docs.write")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, generated);
    }
    assertTrue(Files.exists(DOC), "docs/validation.md is missing; run with -Ddocs.write=true");
    assertEquals(
        generated,
        Files.readString(DOC),
        "docs/validation.md is out of date; regenerate: mvn -o -q -B test -Dtest=ValidationDocTest -Ddocs.write=true");
  }

  @Test
  void everyCodeIsUpperSnakeAndExplained() {
    for (RuleCode code : RuleCode.values()) {
      assertTrue(code.name().matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*"), code.name());
      assertTrue(!code.meaning().isBlank() && !code.rule().isBlank(), code.name());
      assertTrue(
          RuleCatalog.markdown().contains("| `" + code.name() + "` | " + code.severity() + " |"),
          code.name());
    }
  }
}
