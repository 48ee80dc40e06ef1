package io.cartomaps.export;

/** Hears how far an export is; called from the exporting thread. */
@FunctionalInterface
public interface ExportProgress {

  ExportProgress NONE = (phase, done, total) -> {};

  /**
   * @param phase {@code listing} (done = maps listed so far, total unknown: -1) or {@code loading}
   */
  void update(String phase, int done, int total);
}
