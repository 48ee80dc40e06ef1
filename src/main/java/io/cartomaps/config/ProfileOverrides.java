package io.cartomaps.config;

/**
 * What the command line says about the profile, above the environment and the credentials file.
 *
 * @param profile {@code --profile}, or null
 * @param token {@code --token}, or null
 * @param baseUrl {@code --base-url} (the CARTO API base, e.g. {@code
 *     https://gcp-us-east1.api.carto.com}), or null
 */
public record ProfileOverrides(String profile, Secret token, String baseUrl) {

  private static final ProfileOverrides NONE = new ProfileOverrides(null, null, null);

  public ProfileOverrides {
    profile = blankToNull(profile);
    baseUrl = blankToNull(baseUrl);
  }

  public static ProfileOverrides none() {
    return NONE;
  }

  /** Builds overrides from raw option values; a blank value counts as absent. */
  public static ProfileOverrides of(String profile, String token, String baseUrl) {
    return new ProfileOverrides(profile, Secret.ofNullable(token), baseUrl);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
