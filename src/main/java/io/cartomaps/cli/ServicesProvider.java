package io.cartomaps.cli;

import io.cartomaps.app.Services;

/** Opens the program's services for the options of one command (tests give their own). */
@FunctionalInterface
public interface ServicesProvider {

  Services open(GlobalOptions options);
}
