package io.cartomaps.validate.rules;

/**
 * Builds RFC 6901 JSON Pointers for findings. Rules only build a pointer when they report
 * something, so the happy path allocates none.
 */
public final class Pointer {

  public static final String DATASETS = "/datasets";
  public static final String KEPLER = "/keplerMapConfig";
  public static final String CONFIG = KEPLER + "/config";
  public static final String VIS_STATE = CONFIG + "/visState";
  public static final String LAYERS = VIS_STATE + "/layers";
  public static final String WIDGETS = CONFIG + "/widgets";
  public static final String SQL_PARAMETERS = CONFIG + "/sqlParameters";
  public static final String POPUP_LAYERS = CONFIG + "/popupSettings/layers";

  private Pointer() {}

  /** {@code base} followed by each segment: strings are escaped, integers are array indexes. */
  public static String of(String base, Object... segments) {
    StringBuilder sb = new StringBuilder(base);
    for (Object s : segments) {
      sb.append('/');
      if (s instanceof Integer i) {
        sb.append(i.intValue());
      } else {
        sb.append(escape(String.valueOf(s)));
      }
    }
    return sb.toString();
  }

  /**
   * Escapes one reference token: {@code ~} as {@code ~0}, then {@code /} as {@code ~1} (RFC 6901
   * §3).
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }
}
