package io.cartomaps.validate;

import java.util.List;

/**
 * Asked for a schema section that does not exist; the message names the valid ones so the caller
 * can retry.
 */
public final class UnknownSectionException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String requested;
  private final List<String> validNames;

  public UnknownSectionException(String requested, List<String> validNames, String closest) {
    super(message(requested, validNames, closest));
    this.requested = requested;
    this.validNames = List.copyOf(validNames);
  }

  public String requested() {
    return requested;
  }

  public List<String> validNames() {
    return validNames;
  }

  private static String message(String requested, List<String> validNames, String closest) {
    String hint = closest == null ? "" : " Did you mean '" + closest + "'?";
    return "Unknown schema section '"
        + requested
        + "'."
        + hint
        + " Valid sections: "
        + String.join(", ", validNames)
        + " (aliases: layer, layers, popupSettings).";
  }
}
