package io.cartomaps.render;

/**
 * A map could not be rendered. The message is meant for the person or agent that asked for the picture: it says
 * what went wrong and what to do (install a package, change an option, render a local map instead).
 */
public class RenderException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RenderException(String message) {
    super(message);
  }

  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
