package io.cartomaps.app;

import io.cartomaps.backend.BackendException;
import io.cartomaps.bundle.BundleInputException;
import io.cartomaps.config.ProfileException;
import io.cartomaps.export.ExportException;
import io.cartomaps.maps.MapsException;
import io.cartomaps.render.InvalidScreenshotOptionException;
import io.cartomaps.render.RenderException;
import io.cartomaps.validate.finding.Finding;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Why an operation failed, in the one vocabulary both front ends translate: the MCP tools into an
 * {@code isError} result, the CLI into a message and an exit code. The code is stable (agents and
 * scripts branch on it); the message says what to do.
 *
 * @param kind whose move it is next, which decides the CLI's exit code
 * @param code e.g. {@code VALIDATION_FAILED}, {@code NOT_FOUND}, {@code INPUT_UNREADABLE}
 * @param findings the findings behind a refused map operation, else empty
 * @param missingMap the map id named does not exist, so each front end adds how to find the right
 *     one
 * @param widgets widget values computed before a screenshot failed, which the caller still gets;
 *     else empty
 */
public record Failure(
    Kind kind,
    String code,
    String message,
    List<Finding> findings,
    boolean missingMap,
    List<ObjectNode> widgets) {

  /** Whose move it is. */
  public enum Kind {
    /** The operation was refused or the map is invalid or missing: change the map or the id. */
    REFUSED,
    /** The input could not be read or an argument is wrong: change the call. */
    INPUT,
    /**
     * The backend, the browser or the environment failed: retry, or fix the set-up the message
     * names.
     */
    FAILURE
  }

  public Failure {
    findings = List.copyOf(findings);
    widgets = List.copyOf(widgets);
  }

  /** The failure an exception from the core stands for; anything unforeseen is {@code INTERNAL}. */
  public static Failure of(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof MapsException m) {
      return new Failure(Kind.REFUSED, m.code(), message, m.findings(), false, List.of());
    }
    if (e instanceof BackendException b) {
      Kind kind = b.kind() == BackendException.Kind.NOT_FOUND ? Kind.REFUSED : Kind.FAILURE;
      return new Failure(kind, b.kind().name(), message, List.of(), b.isMissingMap(), List.of());
    }
    if (e instanceof ExportException x) {
      return simple(x.input() ? Kind.INPUT : Kind.FAILURE, x.code(), message);
    }
    if (e instanceof BundleInputException) {
      return simple(Kind.INPUT, "INPUT_UNREADABLE", message);
    }
    if (e instanceof InvalidScreenshotOptionException || e instanceof IllegalArgumentException) {
      return simple(Kind.INPUT, "INVALID_ARGUMENT", message);
    }
    if (e instanceof RenderException r) {
      return new Failure(Kind.FAILURE, "RENDER_FAILED", message, List.of(), false, r.widgets());
    }
    if (e instanceof ProfileException) {
      return simple(Kind.INPUT, "PROFILE", message);
    }
    return simple(
        Kind.FAILURE,
        "INTERNAL",
        "Unexpected failure (" + e.getClass().getSimpleName() + "): " + e.getMessage());
  }

  private static Failure simple(Kind kind, String code, String message) {
    return new Failure(kind, code, message, List.of(), false, List.of());
  }
}
