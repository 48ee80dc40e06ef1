package io.cartomaps.validate.finding;

/** How much a finding matters: an error stops a write, a warning does not. */
public enum Severity {
  error,
  warning
}
