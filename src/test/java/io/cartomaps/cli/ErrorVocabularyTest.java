package io.cartomaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cartomaps.backend.BackendException;
import io.cartomaps.bundle.BundleInputException;
import io.cartomaps.config.ProfileException;
import io.cartomaps.json.Json;
import io.cartomaps.maps.MapsException;
import io.cartomaps.mcp.Results;
import io.cartomaps.render.InvalidScreenshotOptionException;
import io.cartomaps.render.RenderException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * A failure has one code whichever front end reports it: the MCP tool result and the CLI's {@code
 * --json} agree.
 */
class ErrorVocabularyTest {

  static List<RuntimeException> failures() {
    return List.of(
        new IllegalArgumentException("page must be at least 1"),
        new BundleInputException("The bundle is not JSON."),
        BackendException.notFound("No map with id 'x'."),
        new BackendException(BackendException.Kind.UNAVAILABLE, "The organisation did not answer."),
        new MapsException("VALIDATION_FAILED", "The bundle has 2 errors."),
        new InvalidScreenshotOptionException("width", "width must be 64 to 4096."),
        new RenderException("Chromium is not installed."),
        new ProfileException("No profile 'acme'."),
        new IllegalStateException("boom"));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void bothFrontEndsNameAFailureAlike(RuntimeException failure) {
    Map<?, ?> tool = (Map<?, ?>) Results.from(failure).structuredContent();
    String toolCode = (String) ((Map<?, ?>) tool.get("error")).get("code");

    assertEquals(toolCode, cliJson(failure).at("/error/code").stringValue());
  }

  private static JsonNode cliJson(RuntimeException failure) {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new Failing(failure));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    cl.setExecutionExceptionHandler(new CliErrors());
    cl.execute("--json");
    return Json.parse(out.toString());
  }

  @Command(name = "failing")
  static final class Failing implements Callable<Integer> {

    private final RuntimeException failure;

    @Option(names = "--json")
    boolean json;

    Failing(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() {
      throw failure;
    }
  }
}
