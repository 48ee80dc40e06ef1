package io.cartomaps.render;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * A map could not be rendered. The message is meant for the person or agent that asked for the
 * picture: it says what went wrong and what to do (install a package, change an option, render a
 * local map instead).
 */
public class RenderException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Widget values computed before the picture failed, so the caller still gets them; empty when
   * none.
   */
  private transient List<ObjectNode> widgets = List.of();

  public RenderException(String message) {
    super(message);
  }

  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }

  /** This failure carrying the widget values computed before it. */
  public RenderException withWidgets(List<ObjectNode> values) {
    this.widgets = List.copyOf(values);
    return this;
  }

  public List<ObjectNode> widgets() {
    return widgets;
  }
}
