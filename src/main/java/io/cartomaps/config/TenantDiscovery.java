package io.cartomaps.config;

import io.cartomaps.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Finds a tenant's Workspace API host from {@code https://{tenant_domain}/config.yaml} ({@code
 * apis.workspaceUrl}), the way CARTO's own clients do, and remembers it: in memory, and in {@code
 * tenants.json} under the program's home directory so later runs skip the request. The request
 * carries no token and the cache holds only URLs.
 */
public final class TenantDiscovery {

  private static final Logger LOG = LoggerFactory.getLogger(TenantDiscovery.class);
  private static final Duration CACHE_TTL = Duration.ofDays(7);
  private static final long MAX_CONFIG_BYTES = 256 * 1024;

  /**
   * Built on first discovery: a process that never discovers a tenant (the local profile) never
   * loads OkHttp.
   */
  private final Supplier<OkHttpClient> http;

  private final Path cacheFile;
  private final Function<String, HttpUrl> configUrl;
  private final Clock clock;
  private final Map<String, TenantApis> memory = new ConcurrentHashMap<>();

  /**
   * @param http a client without authentication
   * @param cacheFile where discovered hosts are remembered, or null to keep them in memory only
   * @param configUrl the {@code config.yaml} URL of a tenant domain
   */
  public TenantDiscovery(
      OkHttpClient http, Path cacheFile, Function<String, HttpUrl> configUrl, Clock clock) {
    this(() -> http, cacheFile, configUrl, clock);
  }

  private TenantDiscovery(
      Supplier<OkHttpClient> http,
      Path cacheFile,
      Function<String, HttpUrl> configUrl,
      Clock clock) {
    this.http = http;
    this.cacheFile = cacheFile;
    this.configUrl = configUrl;
    this.clock = clock;
  }

  /** Discovery against the real tenant domains, caching under {@code home}. */
  public static TenantDiscovery standard(Path home) {
    Supplier<OkHttpClient> client =
        new Supplier<>() {
          private OkHttpClient built;

          @Override
          public synchronized OkHttpClient get() {
            if (built == null) {
              built =
                  new OkHttpClient.Builder()
                      .connectTimeout(Duration.ofSeconds(5))
                      .readTimeout(Duration.ofSeconds(5))
                      .callTimeout(Duration.ofSeconds(10))
                      .followRedirects(false)
                      .build();
            }
            return built;
          }
        };
    return new TenantDiscovery(
        client, home.resolve("tenants.json"), TenantDiscovery::defaultConfigUrl, Clock.systemUTC());
  }

  static HttpUrl defaultConfigUrl(String tenantDomain) {
    return new HttpUrl.Builder()
        .scheme("https")
        .host(tenantDomain)
        .addPathSegment("config.yaml")
        .build();
  }

  /** The tenant's APIs, or empty when discovery failed (the reason is logged). */
  public Optional<TenantApis> discover(String tenantDomain) {
    if (tenantDomain == null) {
      return Optional.empty();
    }
    TenantApis known = memory.get(tenantDomain);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<TenantApis> cached = readCache(tenantDomain);
    if (cached.isPresent()) {
      memory.put(tenantDomain, cached.get());
      return cached;
    }
    Optional<TenantApis> fetched = fetch(tenantDomain);
    fetched.ifPresent(
        apis -> {
          memory.put(tenantDomain, apis);
          writeCache(tenantDomain, apis);
        });
    return fetched;
  }

  private Optional<TenantApis> fetch(String tenantDomain) {
    HttpUrl url;
    try {
      url = configUrl.apply(tenantDomain);
    } catch (IllegalArgumentException badDomain) {
      LOG.warn("tenant domain '{}' is not a valid host name", tenantDomain);
      return Optional.empty();
    }
    Request request =
        new Request.Builder().url(url).header("Accept", "application/yaml, text/yaml, */*").build();
    try (Response response = http.get().newCall(request).execute()) {
      if (!response.isSuccessful()) {
        LOG.warn("config.yaml of {} answered HTTP {}", tenantDomain, response.code());
        return Optional.empty();
      }
      ResponseBody body = response.body();
      BufferedSource source = body.source();
      if (source.request(MAX_CONFIG_BYTES + 1)) {
        LOG.warn(
            "config.yaml of {} is larger than {} bytes; ignored", tenantDomain, MAX_CONFIG_BYTES);
        return Optional.empty();
      }
      return parse(source.getBuffer().readString(StandardCharsets.UTF_8), tenantDomain);
    } catch (IOException e) {
      LOG.warn("could not read config.yaml of {}: {}", tenantDomain, e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  static Optional<TenantApis> parse(String yaml, String tenantDomain) {
    JsonNode root;
    try {
      root = Yaml.MAPPER.readTree(yaml);
    } catch (RuntimeException e) {
      LOG.warn("config.yaml of {} is not valid YAML", tenantDomain);
      return Optional.empty();
    }
    JsonNode apis = root == null ? null : root.get("apis");
    String workspace = Json.text(apis, "workspaceUrl");
    String base = Json.text(apis, "baseUrl");
    if (workspace == null) {
      LOG.warn("config.yaml of {} names no apis.workspaceUrl", tenantDomain);
      return Optional.empty();
    }
    try {
      return Optional.of(
          new TenantApis(
              SafeUrls.requireTokenSafe(workspace, "apis.workspaceUrl"),
              base == null ? null : SafeUrls.requireTokenSafe(base, "apis.baseUrl")));
    } catch (ProfileException unsafe) {
      LOG.warn("config.yaml of {}: {}", tenantDomain, unsafe.getMessage());
      return Optional.empty();
    }
  }

  private Optional<TenantApis> readCache(String tenantDomain) {
    if (cacheFile == null || !Files.isRegularFile(cacheFile)) {
      return Optional.empty();
    }
    try {
      JsonNode entry =
          Json.parse(Files.readString(cacheFile, StandardCharsets.UTF_8)).get(tenantDomain);
      String fetchedAt = Json.text(entry, "fetchedAt");
      String workspace = Json.text(entry, "workspaceUrl");
      if (fetchedAt == null
          || workspace == null
          || Instant.parse(fetchedAt).plus(CACHE_TTL).isBefore(clock.instant())) {
        return Optional.empty();
      }
      return Optional.of(
          new TenantApis(
              SafeUrls.requireTokenSafe(workspace, "cached workspaceUrl"),
              Json.text(entry, "apiBaseUrl")));
    } catch (IOException | RuntimeException unreadable) {
      LOG.debug("ignoring unreadable tenant cache {}", cacheFile);
      return Optional.empty();
    }
  }

  private synchronized void writeCache(String tenantDomain, TenantApis apis) {
    if (cacheFile == null) {
      return;
    }
    try {
      ObjectNode all = Json.object();
      if (Files.isRegularFile(cacheFile)) {
        try {
          JsonNode existing = Json.parse(Files.readString(cacheFile, StandardCharsets.UTF_8));
          if (existing.isObject()) {
            all = (ObjectNode) existing;
          }
        } catch (RuntimeException corrupt) {
          LOG.debug("rewriting unreadable tenant cache {}", cacheFile);
        }
      }
      ObjectNode entry = all.putObject(tenantDomain);
      entry.put("workspaceUrl", apis.workspaceUrl());
      if (apis.apiBaseUrl() != null) {
        entry.put("apiBaseUrl", apis.apiBaseUrl());
      }
      entry.put("fetchedAt", clock.instant().toString());
      Files.createDirectories(cacheFile.getParent());
      Path tmp = Files.createTempFile(cacheFile.getParent(), "tenants", ".tmp");
      Files.writeString(tmp, Json.pretty(all), StandardCharsets.UTF_8);
      Files.move(
          tmp, cacheFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      LOG.debug("could not write tenant cache {}: {}", cacheFile, e.getClass().getSimpleName());
    }
  }

  /** The YAML reader, made on the first tenant configuration read rather than at start-up. */
  private static final class Yaml {
    static final YAMLMapper MAPPER = YAMLMapper.builder().build();
  }
}
