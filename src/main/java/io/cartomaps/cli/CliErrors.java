package io.cartomaps.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns exceptions into one clear line on stderr and an exit code; never a stack trace. */
final class CliErrors implements IExecutionExceptionHandler {

  /** Exit code of a command whose input could not be read or parsed, or a usage error. */
  static final int INPUT = 2;
  /** Exit code of a failure of the backend or the environment. */
  static final int FAILURE = 3;

  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
    if (ex instanceof CliException ce) {
      cl.getErr().println("error: " + ce.getMessage());
      return ce.exitCode();
    }
    String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    cl.getErr().println("error: " + msg);
    return FAILURE;
  }
}
