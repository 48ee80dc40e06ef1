package io.cartomaps.cli;

import io.cartomaps.export.Destination;
import io.cartomaps.export.EstateExport;
import io.cartomaps.export.ExportOptions;
import io.cartomaps.export.ExportProgress;
import io.cartomaps.export.ExportSummary;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code maps export}: a profile's maps into DuckDB or PostgreSQL, to answer questions about the
 * estate in SQL.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export every map of a profile into a database (DuckDB file by default, or PostgreSQL): maps, "
          + "datasets, layers, widgets, SQL parameters, popups, findings and dependencies. Re-runs load only what "
          + "changed. Tables and example queries: docs/export.md."
    })
final class ExportCommand extends CliCommand {

  @Option(
      names = "--to",
      paramLabel = "DESTINATION",
      description =
          "A DuckDB file (default: "
              + Destination.DEFAULT_FILE
              + " here) or postgresql://user@host:5432/db (password: in the URL or PGPASSWORD).")
  String to;

  @Option(
      names = "--dataset",
      description = "Schema for the tables (default: " + ExportOptions.DEFAULT_DATASET + ").")
  String dataset;

  @Option(
      names = "--full-refresh",
      description = "Start over: drop what the destination holds of this profile.")
  boolean fullRefresh;

  @Option(
      names = "--remote",
      description = "Also record Tier-2 findings (dry-runs each dataset's source; slower).")
  boolean remote;

  @Override
  int run() {
    ExportOptions options =
        ExportOptions.of(global.profile, to, System.getenv(), dataset, fullRefresh, remote);
    ExportSummary s = new EstateExport(services().maps()).run(options, new StderrProgress(err()));
    if (global.json) {
      json(s);
      return 0;
    }
    out()
        .printf(
            Locale.ROOT,
            "Loaded %d maps (%d unchanged, %d deleted) of profile %s into %s, dataset %s, "
                + "in %.1f s (load_id %s in _dlt_loads).%n",
            s.loaded(),
            s.unchanged(),
            s.deleted(),
            s.profile(),
            s.destination(),
            s.dataset(),
            s.seconds(),
            s.loadId());
    return 0;
  }

  /** Counts, rate and what remains, at most once a second, on stderr. */
  static final class StderrProgress implements ExportProgress {
    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long lastPrint;

    StderrProgress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void update(String phase, int done, int total) {
      long now = System.nanoTime();
      boolean finished = done == total;
      if (!finished && now - lastPrint < 1_000_000_000L) {
        return;
      }
      lastPrint = now;
      if (phase.equals("listing")) {
        err.printf(Locale.ROOT, "listing: %d of %d maps%n", done, total);
        return;
      }
      double seconds = Math.max(1e-3, (now - started) / 1e9);
      double rate = done / seconds;
      int left = total - done;
      err.printf(
          Locale.ROOT,
          "loading: %d of %d changed maps (%.0f maps/s), %d to go%s%n",
          done,
          total,
          rate,
          left,
          left > 0 && rate > 0
              ? String.format(Locale.ROOT, ", about %.0f s left", left / rate)
              : "");
    }
  }
}
