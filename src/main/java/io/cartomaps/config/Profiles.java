package io.cartomaps.config;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The profiles this program can use and how one is chosen.
 *
 * <p>Profile name, first that applies: the explicit name (a tool argument), {@code --profile},
 * {@code CARTO_PROFILE}, the credentials file's {@code current_profile}, its only profile, a
 * token-only profile when a token and {@code --base-url} are given without a credentials file, and
 * finally {@value #LOCAL}.
 *
 * <p>Token: {@code --token}, then {@code CARTO_API_TOKEN}, then the stored one. API base: {@code
 * --base-url}, then {@code https://{tenant_id}.api.carto.com}, then {@code apis.baseUrl} of the
 * tenant's {@code config.yaml}. Workspace API: {@code CARTO_WORKSPACE_URL}, then {@code
 * config.yaml}, then {@code https://workspace-{tenant_id}.app.carto.com} with a warning.
 */
public final class Profiles {

  /** The built-in embedded workspace; always present, needs no credentials. */
  public static final String LOCAL = "local";

  /** Name of the profile made from a token and {@code --base-url} alone (no credentials file). */
  public static final String TOKEN_ONLY = "token";

  private static final Logger LOG = LoggerFactory.getLogger(Profiles.class);
  private static final Pattern CARTO_API_HOST = Pattern.compile("([a-z0-9-]+)\\.api\\.carto\\.com");
  private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9-]{1,63}");

  private final Environment env;
  private final TenantDiscovery discovery;
  private final Clock clock;

  public Profiles(Environment env, TenantDiscovery discovery, Clock clock) {
    this.env = env;
    this.discovery = discovery;
    this.clock = clock;
  }

  /** Profiles from the real environment and home directory. */
  public static Profiles system() {
    Environment env = Environment.system();
    return new Profiles(env, TenantDiscovery.standard(env.cartoMapsHome()), Clock.systemUTC());
  }

  /** {@value #LOCAL} first, then the stored profiles in file order. */
  public List<String> names() {
    List<String> names = new ArrayList<>();
    names.add(LOCAL);
    stored().profiles().keySet().stream().filter(n -> !LOCAL.equals(n)).forEach(names::add);
    return names;
  }

  /** The name {@link #resolve} would pick for {@code nameOrNull}. */
  public String chooseName(String nameOrNull, ProfileOverrides overrides) {
    ProfileOverrides o = overrides == null ? ProfileOverrides.none() : overrides;
    String explicit = explicit(nameOrNull, o);
    return LOCAL.equals(explicit) ? LOCAL : choose(nameOrNull, o, stored());
  }

  /**
   * Resolves a profile.
   *
   * @param nameOrNull an explicit profile name, or null for the default
   * @throws ProfileException with an actionable message (unknown name, missing or expired token,
   *     bad URL)
   */
  public ProfileConfig resolve(String nameOrNull, ProfileOverrides overrides) {
    ProfileOverrides o = overrides == null ? ProfileOverrides.none() : overrides;
    if (LOCAL.equals(explicit(nameOrNull, o))) {
      // The local workspace needs no credentials: a broken credentials file must not stand in its
      // way.
      return ProfileConfig.local();
    }
    StoredCredentials creds = stored();
    String name = choose(nameOrNull, o, creds);
    if (LOCAL.equals(name)) {
      return ProfileConfig.local();
    }
    if (TOKEN_ONLY.equals(name) && !creds.profiles().containsKey(TOKEN_ONLY)) {
      return tokenOnly(o);
    }
    StoredProfile p = creds.profiles().get(name);
    if (p == null) {
      throw new ProfileException(
          "unknown profile '"
              + name
              + "': known profiles are "
              + String.join(", ", names())
              + " (`carto auth login "
              + name
              + "` creates it)");
    }
    Secret token = token(o, p);
    String apiBase = apiBase(o, p);
    String workspace = workspace(p.tenantId(), p.tenantDomain());
    if (apiBase == null) {
      throw new ProfileException(
          "profile '"
              + name
              + "' names no tenant_id, so the CARTO API host is unknown: "
              + "run `carto auth login "
              + name
              + "` or pass --base-url https://{tenant_id}.api.carto.com");
    }
    if (workspace == null) {
      throw new ProfileException(
          "the Workspace API host of profile '"
              + name
              + "' is unknown: set "
              + Environment.WORKSPACE_URL
              + " or run `carto auth login "
              + name
              + "`");
    }
    return new ProfileConfig(
        name,
        ProfileKind.CARTO,
        apiBase,
        workspace,
        p.tenantId(),
        p.tenantDomain(),
        p.organizationName(),
        token);
  }

  /** The profile the call, {@code --profile} or the environment names, or null. */
  private String explicit(String nameOrNull, ProfileOverrides o) {
    for (String candidate : new String[] {nameOrNull, o.profile(), env.get(Environment.PROFILE)}) {
      if (candidate != null && !candidate.isBlank()) {
        return candidate.strip();
      }
    }
    return null;
  }

  private String choose(String nameOrNull, ProfileOverrides o, StoredCredentials creds) {
    String explicit = explicit(nameOrNull, o);
    if (explicit != null) {
      return explicit;
    }
    if (creds.currentProfile() != null) {
      return creds.currentProfile();
    }
    if (creds.profiles().size() == 1) {
      return creds.profiles().keySet().iterator().next();
    }
    if (!creds.isEmpty()) {
      throw new ProfileException(
          "the credentials file names no current profile: pass --profile (one of "
              + String.join(", ", names())
              + ") or run `carto auth use <profile>`");
    }
    if (overrideToken(o) != null) {
      return TOKEN_ONLY;
    }
    return LOCAL;
  }

  private ProfileConfig tokenOnly(ProfileOverrides o) {
    Secret token = overrideToken(o);
    if (token == null) {
      throw new ProfileException(
          "profile '" + TOKEN_ONLY + "' needs a token: pass --token or set CARTO_API_TOKEN");
    }
    if (o.baseUrl() == null) {
      throw new ProfileException(
          "a token is set but no CARTO profile is stored, so the CARTO API host is unknown: "
              + "run `carto auth login`, or also pass --base-url https://{tenant_id}.api.carto.com");
    }
    String apiBase = SafeUrls.requireTokenSafe(o.baseUrl(), "--base-url");
    String tenantId = tenantIdOf(apiBase);
    String domain = env.get(Environment.TENANT_DOMAIN);
    String workspace = workspace(tenantId, domain);
    if (workspace == null) {
      throw new ProfileException(
          "the Workspace API host is unknown for --base-url "
              + apiBase
              + ": set CARTO_TENANT_DOMAIN or CARTO_WORKSPACE_URL, or run `carto auth login`");
    }
    checkExpiry(token, TOKEN_ONLY, true);
    return new ProfileConfig(
        TOKEN_ONLY, ProfileKind.CARTO, apiBase, workspace, tenantId, domain, null, token);
  }

  private Secret token(ProfileOverrides o, StoredProfile p) {
    Secret override = overrideToken(o);
    if (override != null) {
      checkExpiry(override, p.name(), true);
      return override;
    }
    if (p.token() == null) {
      throw new ProfileException(
          "profile '"
              + p.name()
              + "' has no token: run `carto auth login "
              + p.name()
              + "` or set CARTO_API_TOKEN");
    }
    checkExpiry(p.token(), p.name(), false);
    return p.token();
  }

  private Secret overrideToken(ProfileOverrides o) {
    return o.token() != null ? o.token() : Secret.ofNullable(env.get(Environment.API_TOKEN));
  }

  private void checkExpiry(Secret token, String profile, boolean overridden) {
    Optional<Instant> exp = token.expiresAt();
    if (exp.isPresent() && !exp.get().isAfter(clock.instant())) {
      if (overridden) {
        throw new ProfileException(
            "the token given by --token or CARTO_API_TOKEN expired at "
                + exp.get()
                + ": create a new one, or unset it and run `carto auth login "
                + profile
                + "`");
      }
      throw new ProfileException(
          "the token of profile '"
              + profile
              + "' expired at "
              + exp.get()
              + ": run `carto auth login "
              + profile
              + "` or set CARTO_API_TOKEN");
    }
  }

  private String apiBase(ProfileOverrides o, StoredProfile p) {
    if (o.baseUrl() != null) {
      return SafeUrls.requireTokenSafe(o.baseUrl(), "--base-url");
    }
    if (p.tenantId() != null) {
      requireTenantId(p.tenantId(), p.name());
      return "https://" + p.tenantId().toLowerCase(Locale.ROOT) + ".api.carto.com";
    }
    return discovery.discover(p.tenantDomain()).map(TenantApis::apiBaseUrl).orElse(null);
  }

  private String workspace(String tenantId, String tenantDomain) {
    String explicit = env.get(Environment.WORKSPACE_URL);
    if (explicit != null) {
      return SafeUrls.requireTokenSafe(explicit, Environment.WORKSPACE_URL);
    }
    Optional<TenantApis> found = discovery.discover(tenantDomain);
    if (found.isPresent()) {
      return found.get().workspaceUrl();
    }
    if (tenantId == null || !TENANT_ID.matcher(tenantId).matches()) {
      return null;
    }
    String fallback = "https://workspace-" + tenantId.toLowerCase(Locale.ROOT) + ".app.carto.com";
    LOG.warn(
        "could not discover the Workspace API of {}; using {} (set {} to choose another)",
        tenantDomain == null ? "tenant " + tenantId : tenantDomain,
        fallback,
        Environment.WORKSPACE_URL);
    return fallback;
  }

  private static void requireTenantId(String tenantId, String profile) {
    if (!TENANT_ID.matcher(tenantId).matches()) {
      throw new ProfileException(
          "tenant_id of profile '"
              + profile
              + "' is not a region id such as gcp-us-east1: "
              + "run `carto auth login "
              + profile
              + "` or pass --base-url");
    }
  }

  private static String tenantIdOf(String apiBase) {
    okhttp3.HttpUrl url = okhttp3.HttpUrl.parse(apiBase);
    Matcher m = url == null ? null : CARTO_API_HOST.matcher(url.host());
    return m != null && m.matches() ? m.group(1) : null;
  }

  private StoredCredentials stored() {
    return CredentialsFile.read(env.credentialsFile());
  }
}
