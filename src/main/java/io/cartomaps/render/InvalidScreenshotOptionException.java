package io.cartomaps.render;

/**
 * A screenshot option is out of range or malformed; {@link #option()} names it as the CLI spells
 * it.
 */
public final class InvalidScreenshotOptionException extends RenderException {

  private static final long serialVersionUID = 1L;

  private final String option;

  public InvalidScreenshotOptionException(String option, String message) {
    super(message);
    this.option = option;
  }

  public String option() {
    return option;
  }
}
