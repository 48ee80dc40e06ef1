package io.cartomaps.maps;

import io.cartomaps.validate.finding.Finding;
import java.util.List;

/**
 * A business failure an agent or a person can act on: an invalid bundle, a refused update, an
 * unknown profile. Tools return it as an {@code isError} result with its findings; the CLI prints
 * it and exits non-zero.
 */
public final class MapsException extends RuntimeException {

  private final String code;
  private final transient List<Finding> findings;

  public MapsException(String code, String message, List<Finding> findings) {
    super(message);
    this.code = code;
    this.findings = List.copyOf(findings);
  }

  public MapsException(String code, String message) {
    this(code, message, List.of());
  }

  public String code() {
    return code;
  }

  public List<Finding> findings() {
    return findings;
  }
}
