package io.cartomaps.export;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One export run.
 *
 * @param profile the profile whose maps are exported (null: the default profile)
 * @param destination where they go
 * @param dataset the schema the tables live in
 * @param fullRefresh drop what the destination holds of this profile and load everything again
 * @param remote also run the Tier-2 checks (source dry-runs through each dataset's connection)
 */
public record ExportOptions(
    String profile, Destination destination, String dataset, boolean fullRefresh, boolean remote) {

  /** dlt's default dataset name is {@code <pipeline_name>_dataset}. */
  public static final String DEFAULT_DATASET = "carto_maps_dataset";

  private static final Pattern DATASET = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  public ExportOptions {
    dataset = dataset == null || dataset.isBlank() ? DEFAULT_DATASET : dataset;
    if (!DATASET.matcher(dataset).matches()) {
      throw ExportException.input(
          "DATASET_INVALID",
          "--dataset must be a lower-case SQL name (letters, digits, _; "
              + "at most 63), e.g. carto_maps_dataset; got '"
              + dataset
              + "'.");
    }
  }

  /**
   * Options from the command line's {@code --to} and the environment ({@code PGUSER}, {@code
   * PGPASSWORD}).
   */
  public static ExportOptions of(
      String profile,
      String to,
      Map<String, String> env,
      String dataset,
      boolean fullRefresh,
      boolean remote) {
    return new ExportOptions(profile, Destination.parse(to, env), dataset, fullRefresh, remote);
  }
}
