package io.cartomaps.validate.finding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing a check found in a bundle or a write.
 *
 * @param severity error or warning
 * @param code stable UPPER_SNAKE code an agent can switch on, e.g. {@code UNRESOLVED_REF}
 * @param path RFC 6901 JSON Pointer into the input ("" for the whole document)
 * @param message what is wrong, in one sentence
 * @param suggestion a concrete fix, or null when there is none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Finding(
    Severity severity, String code, String path, String message, String suggestion) {

  public Finding {
    if (severity == null || code == null || path == null || message == null) {
      throw new IllegalArgumentException("severity, code, path and message are required");
    }
  }

  public static Finding error(String code, String path, String message, String suggestion) {
    return new Finding(Severity.error, code, path, message, suggestion);
  }

  public static Finding warning(String code, String path, String message, String suggestion) {
    return new Finding(Severity.warning, code, path, message, suggestion);
  }

  /** Not part of the JSON shape: {@code severity} already says it. */
  @JsonIgnore
  public boolean isError() {
    return severity == Severity.error;
  }
}
