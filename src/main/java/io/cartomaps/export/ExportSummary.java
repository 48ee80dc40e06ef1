package io.cartomaps.export;

/**
 * What a completed export did.
 *
 * @param loadId this load's id, on every row it wrote (dlt's {@code _dlt_load_id})
 * @param previousLoadId the completed load it built on, or null for a first or full load
 * @param listed maps the profile has now
 * @param loaded maps fetched and written (new or changed)
 * @param deleted maps removed from the destination because they are gone from the profile
 * @param unchanged maps left as they were
 * @param cursor the newest {@code updatedAt} seen, where the next run starts
 */
public record ExportSummary(
    String loadId,
    String previousLoadId,
    String profile,
    String destination,
    String dataset,
    boolean fullRefresh,
    int listed,
    int loaded,
    int deleted,
    int unchanged,
    String cursor,
    double seconds) {}
