package io.cartomaps.backend.cloud;

import io.cartomaps.config.Secret;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer <token>} to requests for the profile's own CARTO hosts, and to
 * nothing else: a URL taken from a response (a TileJSON link, a redirect) never receives the token.
 */
final class BearerAuth implements Interceptor {

  private final Secret token;
  private final Set<String> origins;

  BearerAuth(Secret token, Set<HttpUrl> hosts) {
    this.token = token;
    this.origins = hosts.stream().map(BearerAuth::origin).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (token == null || !origins.contains(origin(request.url()))) {
      return chain.proceed(request.newBuilder().removeHeader("Authorization").build());
    }
    return chain.proceed(
        request.newBuilder().header("Authorization", token.bearerHeaderValue()).build());
  }

  private static String origin(HttpUrl url) {
    return url.scheme() + "://" + url.host() + ":" + url.port();
  }
}
