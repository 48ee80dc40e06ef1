package io.cartomaps;

import io.cartomaps.backend.local.workspace.H2Loopback;
import io.cartomaps.cli.RootCommand;
import io.cartomaps.cli.StdioServe;
import java.io.PrintStream;

/**
 * Entry point: {@code carto-maps-mcp [serve|maps …|view …]}. With no command it serves MCP over
 * stdio.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Keep the real stdout for the protocol and the CLI's own output; anything else printing to
    // System.out
    // (a library, a stray debug line) lands on stderr instead of corrupting JSON-RPC.
    // The local store's H2 sharing server must bind loopback only; set before H2 first loads.
    H2Loopback.apply();
    PrintStream out = System.out;
    System.setOut(System.err);
    int code =
        StdioServe.isPlainServe(args)
            ? StdioServe.plain(System.in, out, System.err)
            : RootCommand.commandLine(out, args).execute(args);
    out.flush();
    System.exit(code);
  }
}
