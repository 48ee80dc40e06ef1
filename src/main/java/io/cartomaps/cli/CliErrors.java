package io.cartomaps.cli;

import io.cartomaps.app.Failure;
import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.Finding;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns exceptions into a clear message and an exit code, never a stack trace: 1 for a refused or
 * invalid map operation, 2 for unreadable input or bad usage, 3 for a failure of the backend or the
 * environment. With {@code --json} the error is one JSON object on stdout.
 */
final class CliErrors implements IExecutionExceptionHandler {

  static final int INVALID = 1;
  static final int INPUT = 2;
  static final int FAILURE = 3;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
    return report(ex, wantsJson(parseResult), cl.getOut(), cl.getErr());
  }

  /**
   * Reports {@code ex} as one JSON object on {@code out} or as lines on {@code err}; returns the
   * exit code.
   */
  static int report(Exception ex, boolean json, PrintWriter out, PrintWriter err) {
    int code;
    String errorCode;
    String message;
    List<Finding> findings = List.of();
    List<ObjectNode> widgets = List.of();
    if (ex instanceof CliException ce) {
      code = ce.exitCode();
      errorCode = code == INPUT ? "INPUT_UNREADABLE" : "FAILED";
      message = ce.getMessage();
    } else {
      Failure f = Failure.of(ex);
      code =
          switch (f.kind()) {
            case REFUSED -> INVALID;
            case INPUT -> INPUT;
            case FAILURE -> FAILURE;
          };
      errorCode = f.code();
      findings = f.findings();
      widgets = f.widgets();
      message =
          f.message() + (f.missingMap() ? " Find its id with `maps list --search <title>`." : "");
    }
    if (json) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", Map.of("code", errorCode, "message", message));
      if (!findings.isEmpty()) {
        body.put("findings", findings);
      }
      if (!widgets.isEmpty()) {
        body.put("widgets", widgets);
      }
      out.println(Json.pretty(body));
    } else {
      err.println("error: " + message);
      for (Finding f : findings) {
        err.println("  " + Human.finding(f));
      }
    }
    return code;
  }

  private static boolean wantsJson(ParseResult pr) {
    ParseResult p = pr;
    while (p != null) {
      if (p.hasMatchedOption("--json")) {
        return true;
      }
      p = p.subcommand();
    }
    return false;
  }
}
