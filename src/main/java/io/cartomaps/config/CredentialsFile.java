package io.cartomaps.config;

import io.cartomaps.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads the CARTO CLI's {@code ~/.carto_credentials.json}, so whoever ran {@code carto auth login}
 * needs nothing else. Read-only: this program never writes the file.
 *
 * <p>Shapes accepted: the current multi-profile file {@code {current_profile,
 * profiles:{<name>:{token, tenant_id, tenant_domain, organization_id, organization_name,
 * user_email}}}}, and the old single-profile file (the same fields at the root), read as a profile
 * named {@value #LEGACY_PROFILE}. A missing file means no stored profiles. Errors name the file and
 * the line, never a value from it: parser messages can quote the token, so they are not passed on.
 */
public final class CredentialsFile {

  /** Name given to the only profile of an old single-profile file. */
  public static final String LEGACY_PROFILE = "default";

  /** Far above any real credentials file; protects against reading something that is not one. */
  static final long MAX_BYTES = 1024 * 1024;

  private CredentialsFile() {}

  public static StoredCredentials read(Path file) {
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ProfileException(
            file
                + " is larger than 1 MB and is not a CARTO credentials file: "
                + "run `carto auth login` to recreate it, or point CARTO_CREDENTIALS_FILE elsewhere");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException missing) {
      return StoredCredentials.empty();
    } catch (IOException e) {
      throw new ProfileException(
          "cannot read "
              + file
              + " ("
              + e.getClass().getSimpleName()
              + "): check its permissions or set CARTO_CREDENTIALS_FILE");
    }
    return parse(text, file);
  }

  static StoredCredentials parse(String text, Path file) {
    if (text.isBlank()) {
      return StoredCredentials.empty();
    }
    JsonNode root;
    try {
      root = Json.parse(text);
    } catch (JacksonException e) {
      throw new ProfileException(
          "malformed JSON in "
              + file
              + where(e.getLocation())
              + ": fix the file or run `carto auth login` to rewrite it");
    }
    if (!root.isObject()) {
      throw new ProfileException(
          file + " is not a JSON object: run `carto auth login` to rewrite it");
    }
    JsonNode profiles = root.get("profiles");
    if (profiles == null && looksLikeProfile(root)) {
      StoredProfile only = profile(LEGACY_PROFILE, root, file);
      return new StoredCredentials(LEGACY_PROFILE, Map.of(LEGACY_PROFILE, only));
    }
    Map<String, StoredProfile> byName = new LinkedHashMap<>();
    if (profiles != null && !profiles.isNull()) {
      if (!profiles.isObject()) {
        throw new ProfileException(
            "\"profiles\" in " + file + " must be an object keyed by profile name");
      }
      for (Map.Entry<String, JsonNode> e : profiles.properties()) {
        if (!e.getValue().isObject()) {
          throw new ProfileException(
              "profile \"" + e.getKey() + "\" in " + file + " must be an object");
        }
        byName.put(e.getKey(), profile(e.getKey(), e.getValue(), file));
      }
    }
    return new StoredCredentials(string(root, "current_profile", "(root)", file), byName);
  }

  private static boolean looksLikeProfile(JsonNode root) {
    return root.has("token") || root.has("tenant_id") || root.has("tenant_domain");
  }

  private static StoredProfile profile(String name, JsonNode node, Path file) {
    return new StoredProfile(
        name,
        Secret.ofNullable(string(node, "token", name, file)),
        string(node, "tenant_id", name, file),
        string(node, "tenant_domain", name, file),
        string(node, "organization_id", name, file),
        string(node, "organization_name", name, file),
        string(node, "user_email", name, file));
  }

  private static String string(JsonNode node, String field, String profile, Path file) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isString()) {
      throw new ProfileException(
          "\""
              + field
              + "\" of profile \""
              + profile
              + "\" in "
              + file
              + " must be a string: run `carto auth login` to rewrite it");
    }
    String s = v.asString().strip();
    return s.isEmpty() ? null : s;
  }

  private static String where(TokenStreamLocation loc) {
    if (loc == null || loc.getLineNr() < 1) {
      return "";
    }
    return " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
  }
}
