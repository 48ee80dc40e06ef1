package io.cartomaps.cli;

import io.cartomaps.Services;

/** The composition root: profiles → backends → map service, schema sections, renderer. */
final class Wiring {

  private Wiring() {
  }

  static Services open(GlobalOptions options) {
    throw new UnsupportedOperationException("not wired yet");
  }
}
