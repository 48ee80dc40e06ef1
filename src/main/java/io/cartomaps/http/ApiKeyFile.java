package io.cartomaps.http;

import io.cartomaps.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The keys file: a JSON array of {@code
 * {"name","keySha256","profiles",["readOnly"],["tools"],["excludeTools"]}}. It holds hashes only,
 * so reading it gives nobody a key; it is still written owner-only. Mistakes are refused with the
 * entry and field at fault, because a half-read keys file would silently lock out or let in the
 * wrong clients.
 */
public final class ApiKeyFile {

  static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
  static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Set<String> FIELDS =
      Set.of("name", "keySha256", "profiles", "readOnly", "tools", "excludeTools");

  private ApiKeyFile() {}

  public static ApiKeys load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new HttpSetupException(
          "Keys file "
              + file
              + " does not exist. Create a key with "
              + "'carto-maps-mcp keys create --name NAME --profile PROFILE --keys-file "
              + file
              + "'.");
    }
    JsonNode root;
    try {
      root = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | JacksonException e) {
      throw new HttpSetupException(
          "Keys file " + file + " is not readable JSON: " + e.getMessage());
    }
    if (!(root instanceof ArrayNode array)) {
      throw new HttpSetupException("Keys file " + file + " must hold a JSON array of keys.");
    }
    List<ApiKey> keys = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Set<String> hashes = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      ApiKey k = entry(file, i, array.get(i));
      if (!names.add(k.name())) {
        throw new HttpSetupException(
            "Keys file " + file + ": key name '" + k.name() + "' appears twice.");
      }
      if (!hashes.add(k.keySha256())) {
        throw new HttpSetupException(
            "Keys file " + file + ": key '" + k.name() + "' has the same hash as another key.");
      }
      keys.add(k);
    }
    return new ApiKeys(keys);
  }

  private static ApiKey entry(Path file, int index, JsonNode n) {
    String where = "Keys file " + file + ", entry " + index;
    if (!(n instanceof ObjectNode o)) {
      throw new HttpSetupException(where + ": must be an object.");
    }
    for (String f : o.propertyNames()) {
      if (!FIELDS.contains(f)) {
        throw new HttpSetupException(
            where
                + ": unknown field '"
                + f
                + "'. Fields: "
                + String.join(", ", FIELDS.stream().sorted().toList())
                + ".");
      }
    }
    String name = o.path("name").isString() ? o.path("name").asString() : "";
    if (!NAME.matcher(name).matches()) {
      throw new HttpSetupException(
          where + ": 'name' must be 1-64 letters, digits, '.', '_' or '-'.");
    }
    where = "Keys file " + file + ", key '" + name + "'";
    String hash = o.path("keySha256").isString() ? o.path("keySha256").asString() : "";
    if (!SHA256.matcher(hash).matches()) {
      throw new HttpSetupException(
          where
              + ": 'keySha256' must be 64 lowercase hex digits (the SHA-256 of the key, never the key).");
    }
    List<String> profiles = strings(where, o, "profiles");
    if (profiles.isEmpty()) {
      throw new HttpSetupException(where + ": 'profiles' must name at least one profile.");
    }
    JsonNode ro = o.get("readOnly");
    if (ro != null && !ro.isBoolean()) {
      throw new HttpSetupException(where + ": 'readOnly' must be true or false.");
    }
    return new ApiKey(
        name,
        hash,
        profiles,
        ro != null && ro.asBoolean(),
        strings(where, o, "tools"),
        strings(where, o, "excludeTools"));
  }

  private static List<String> strings(String where, ObjectNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (v instanceof ArrayNode a) {
      for (JsonNode s : a) {
        if (!s.isString() || s.asString().isBlank()) {
          out = null;
          break;
        }
        out.add(s.asString());
      }
      if (out != null) {
        return out;
      }
    }
    throw new HttpSetupException(where + ": '" + field + "' must be an array of names.");
  }

  /** Adds a key to the file (created if missing), refusing a name that is taken. */
  public static void append(Path file, ApiKey key) {
    List<ApiKey> existing = Files.exists(file) ? load(file).keys() : List.of();
    if (existing.stream().anyMatch(k -> k.name().equals(key.name()))) {
      throw new HttpSetupException(
          "A key named '"
              + key.name()
              + "' already exists in "
              + file
              + ". Choose another name, or remove that entry first.");
    }
    ArrayNode out = Json.array();
    for (ApiKey k : existing) {
      out.add(toJson(k));
    }
    out.add(toJson(key));
    write(file, Json.pretty(out) + "\n");
  }

  static ObjectNode toJson(ApiKey k) {
    ObjectNode o = Json.object();
    o.put("name", k.name());
    o.put("keySha256", k.keySha256());
    ArrayNode p = o.putArray("profiles");
    k.profiles().forEach(p::add);
    if (k.readOnly()) {
      o.put("readOnly", true);
    }
    if (!k.tools().isEmpty()) {
      ArrayNode t = o.putArray("tools");
      k.tools().forEach(t::add);
    }
    if (!k.excludeTools().isEmpty()) {
      ArrayNode t = o.putArray("excludeTools");
      k.excludeTools().forEach(t::add);
    }
    return o;
  }

  private static void write(Path file, String text) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".keys", ".tmp");
      try {
        ownerOnly(tmp);
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        try {
          Files.move(
              tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new HttpSetupException("Cannot write keys file " + file + ": " + e.getMessage());
    }
  }

  private static void ownerOnly(Path p) {
    try {
      Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: the file holds hashes only
    }
  }
}
