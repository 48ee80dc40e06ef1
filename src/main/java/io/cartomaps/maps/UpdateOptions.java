package io.cartomaps.maps;

/**
 * How an update treats what it is given.
 *
 * @param replaceDatasets delete datasets the input does not mention (default: merge by id)
 * @param allowKeplerReplace accept a keplerMapConfig that would drop layers or reset the viewport
 * @param dryRun report the planned changes without writing
 * @param publish publish the map after a successful update
 */
public record UpdateOptions(
    boolean replaceDatasets, boolean allowKeplerReplace, boolean dryRun, boolean publish) {

  public static final UpdateOptions DEFAULT = new UpdateOptions(false, false, false, false);
}
