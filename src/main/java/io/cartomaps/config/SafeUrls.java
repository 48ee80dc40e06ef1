package io.cartomaps.config;

import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Checks URLs that will receive a token: HTTPS only, except loopback addresses used by tests and
 * local proxies.
 */
public final class SafeUrls {

  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

  private SafeUrls() {}

  /**
   * Parses and checks a base URL; returns it without a trailing slash.
   *
   * @param what what the URL is, for the message (e.g. {@code --base-url})
   */
  public static String requireTokenSafe(String url, String what) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url.strip());
    if (parsed == null) {
      throw new ProfileException(
          what + " is not an http(s) URL; expected e.g. https://gcp-us-east1.api.carto.com");
    }
    if (!parsed.isHttps() && !LOOPBACK.contains(parsed.host())) {
      throw new ProfileException(
          what
              + " must use https so the token is never sent in clear text: "
              + parsed.scheme()
              + "://"
              + parsed.host());
    }
    if (parsed.query() != null
        || parsed.username().length() > 0
        || parsed.password().length() > 0) {
      throw new ProfileException(
          what
              + " must not carry a query or user info: "
              + parsed.scheme()
              + "://"
              + parsed.host());
    }
    String s = parsed.toString();
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
