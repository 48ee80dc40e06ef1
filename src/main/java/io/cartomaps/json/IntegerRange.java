package io.cartomaps.json;

import java.math.BigDecimal;

/**
 * An integer argument's allowed range, so a huge, negative or fractional value (JSON {@code 1e12},
 * CLI {@code --page 1e12}) is refused with the range instead of wrapping around or being truncated.
 *
 * @param name the name the caller used ({@code page_size} for a tool, {@code --page-size} for the
 *     CLI)
 */
public record IntegerRange(String name, int min, int max) {

  /** The same range under another name (the CLI spelling of a tool argument). */
  public IntegerRange named(String newName) {
    return new IntegerRange(newName, min, max);
  }

  /** A JSON number or a text, as an int within the range; null stays null. */
  public Integer parse(Object value) {
    if (value == null) {
      return null;
    }
    BigDecimal exact;
    try {
      exact =
          value instanceof Double || value instanceof Float
              ? new BigDecimal(value.toString())
              : new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw refused(value);
    }
    if (exact.stripTrailingZeros().scale() > 0
        || exact.compareTo(BigDecimal.valueOf(min)) < 0
        || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw refused(value);
    }
    return exact.intValueExact();
  }

  /** Checks a value already held as an int. */
  public int check(int value) {
    if (value < min || value > max) {
      throw refused(value);
    }
    return value;
  }

  private IllegalArgumentException refused(Object value) {
    return new IllegalArgumentException(
        name + " must be an integer from " + min + " to " + max + "; got " + value + ".");
  }
}
