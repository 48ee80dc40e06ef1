package io.cartomaps.backend.cloud;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.BackendException.Kind;
import io.cartomaps.config.Secret;
import io.cartomaps.json.Json;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Sends {@link ApiCall}s to CARTO: bearer auth from the profile's {@link Secret}, timeouts, bounded
 * retries with backoff for idempotent calls, body size cap, JSON parsing, and failures as {@link
 * BackendException}s. Logs name endpoint templates and status codes only.
 */
final class CartoHttpClient implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CartoHttpClient.class);
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;
  private final ClientLimits limits;
  private final Sleeper sleeper;
  private final RetryDelays delays;
  private final Failures failures;

  CartoHttpClient(
      Secret token, Set<HttpUrl> authHosts, String profile, ClientLimits limits, Sleeper sleeper) {
    this.limits = limits;
    this.sleeper = sleeper;
    this.delays =
        new RetryDelays(limits, () -> ThreadLocalRandom.current().nextDouble(), Clock.systemUTC());
    this.failures = new Failures(token, profile);
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(limits.connectTimeout())
            .readTimeout(limits.readTimeout())
            .writeTimeout(limits.readTimeout())
            .callTimeout(limits.callTimeout())
            .retryOnConnectionFailure(false)
            .followRedirects(false)
            .addInterceptor(new BearerAuth(token, authHosts))
            .build();
  }

  /** Sends a call; returns the parsed JSON body, or {@link MissingNode} for an empty success. */
  JsonNode send(ApiCall call) {
    int attempts = call.idempotent() ? limits.maxAttempts() : 1;
    for (int attempt = 1; ; attempt++) {
      boolean last = attempt >= attempts;
      Outcome outcome = once(call);
      if (outcome.result != null) {
        return outcome.result;
      }
      if (!outcome.retryable || last) {
        throw outcome.failure;
      }
      Duration wait = delays.before(attempt, outcome.retryAfter);
      LOG.warn(
          "{} failed ({}); retry {}/{} in {} ms",
          call.endpoint(),
          outcome.cause,
          attempt,
          attempts - 1,
          wait.toMillis());
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BackendException(
            Kind.UNAVAILABLE, "interrupted while waiting to retry " + call.endpoint());
      }
    }
  }

  private Outcome once(ApiCall call) {
    Request request =
        new Request.Builder()
            .url(call.url())
            .method(
                call.method(),
                call.body() == null
                    ? (call.method().equals("POST")
                            || call.method().equals("PATCH")
                            || call.method().equals("PUT")
                        ? RequestBody.create(new byte[0], JSON)
                        : null)
                    : RequestBody.create(
                        Json.compact(call.body()).getBytes(StandardCharsets.UTF_8), JSON))
            .header("Accept", "application/json")
            .build();
    LOG.debug("→ {}", call.endpoint());
    try (Response response = http.newCall(request).execute()) {
      int status = response.code();
      LOG.debug("← {} {}", status, call.endpoint());
      String text = read(call, response.body());
      if (response.isSuccessful()) {
        return Outcome.success(parse(call, text, response.header("Content-Type")));
      }
      String retryAfter = response.header("Retry-After");
      BackendException failure = failures.forStatus(call, status, text, retryAfter);
      boolean retryable = status == 429 || status >= 500 && status != 501;
      return Outcome.failed(failure, retryable, retryAfter, "HTTP " + status);
    } catch (InterruptedIOException timeout) {
      return Outcome.failed(
          new BackendException(
              Kind.UNAVAILABLE,
              "CARTO did not answer "
                  + call.endpoint()
                  + " in time: try again later, or check your network",
              timeout),
          true,
          null,
          "timeout");
    } catch (IOException io) {
      return Outcome.failed(
          new BackendException(
              Kind.UNAVAILABLE,
              "could not reach CARTO for "
                  + call.endpoint()
                  + " ("
                  + io.getClass().getSimpleName()
                  + "): check your network and try again",
              io),
          true,
          null,
          io.getClass().getSimpleName());
    }
  }

  private String read(ApiCall call, ResponseBody body) throws IOException {
    BufferedSource source = body.source();
    if (source.request(limits.maxBodyBytes() + 1)) {
      throw failures.badResponse(
          call, "more than " + limits.maxBodyBytes() / (1024 * 1024) + " MB");
    }
    return source.getBuffer().readString(StandardCharsets.UTF_8);
  }

  private JsonNode parse(ApiCall call, String text, String contentType) {
    if (text.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return Json.parse(text);
    } catch (JacksonException e) {
      boolean html =
          contentType != null && contentType.contains("html")
              || text.stripLeading().startsWith("<");
      throw failures.badResponse(
          call, html ? "an HTML page instead of JSON" : "malformed or truncated JSON");
    }
  }

  Failures failures() {
    return failures;
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private record Outcome(
      JsonNode result,
      BackendException failure,
      boolean retryable,
      String retryAfter,
      String cause) {

    static Outcome success(JsonNode result) {
      return new Outcome(result, null, false, null, null);
    }

    static Outcome failed(
        BackendException failure, boolean retryable, String retryAfter, String cause) {
      return new Outcome(null, failure, retryable, retryAfter, cause);
    }
  }
}
