package io.cartomaps.validate;

/** How much a finding matters: an error stops a write, a warning does not. */
public enum Severity {
  error,
  warning
}
