package io.cartomaps.export;

/**
 * Why an export did not complete, in words that say what to do. {@link #input()} failures are the
 * caller's to fix (a bad destination or dataset name); the others come from the destination or the
 * source. Never carries a password.
 */
public final class ExportException extends RuntimeException {

  private final String code;
  private final boolean input;

  ExportException(String code, boolean input, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
    this.input = input;
  }

  static ExportException input(String code, String message) {
    return new ExportException(code, true, message, null);
  }

  static ExportException failure(String code, String message, Throwable cause) {
    return new ExportException(code, false, message, cause);
  }

  /** Stable code, e.g. {@code DESTINATION_UNREACHABLE}. */
  public String code() {
    return code;
  }

  public boolean input() {
    return input;
  }
}
