package io.cartomaps.backend.local.store;

import static io.cartomaps.backend.local.store.RequestBodies.invalid;

import io.cartomaps.json.Json;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * The three map writes of the Workspace API shape (create, patch, privacy): which keys each accepts
 * and what each does to a {@link MapRow}. Keys outside an operation's set are refused, never
 * ignored, so a caller that sends privacy to create learns it must call setPrivacy.
 */
final class MapRequests {

  static final Set<String> CREATE_KEYS = ordered("title", "description", "keplerMapConfig");
  static final Set<String> PATCH_KEYS =
      ordered("title", "description", "tags", "collaborative", "agent", "keplerMapConfig");
  static final Set<String> PRIVACY_KEYS = ordered("privacy", "sharingScope", "userIds", "groupIds");
  static final Set<String> PRIVACIES = ordered("private", "shared", "public");
  static final Set<String> SHARING_SCOPES = ordered("organization", "specific");

  static final String UNTITLED = "Untitled map";

  private MapRequests() {}

  /** A new private map owned by {@code ownerId}. */
  static MapRow create(ObjectNode body, String id, String ownerId, long now) {
    RequestBodies.requireObject(body, "createMap");
    RequestBodies.onlyKeys(
        body,
        CREATE_KEYS,
        "createMap",
        "Set tags, collaborative and agent with patchMap, and privacy with setPrivacy, after creating the map.");
    String title = body.has("title") ? RequestBodies.string(body, "title", false) : UNTITLED;
    String description = RequestBodies.string(body, "description", true);
    ObjectNode kepler =
        body.has("keplerMapConfig")
            ? RequestBodies.object(body, "keplerMapConfig", false).deepCopy()
            : Json.object();
    return new MapRow(
        id,
        title,
        description,
        "private",
        null,
        List.of(),
        List.of(),
        false,
        List.of(),
        kepler,
        null,
        ownerId,
        now,
        now,
        null,
        0);
  }

  /** {@code row} with the patch applied; the same row when the patch is empty. */
  static MapRow patch(MapRow row, ObjectNode patch, long now) {
    RequestBodies.requireObject(patch, "patchMap");
    RequestBodies.onlyKeys(patch, PATCH_KEYS, "patchMap", "Change privacy with setPrivacy.");
    if (patch.isEmpty()) {
      return row;
    }
    String title = patch.has("title") ? RequestBodies.string(patch, "title", false) : row.title();
    String description =
        patch.has("description")
            ? RequestBodies.string(patch, "description", true)
            : row.description();
    List<String> tags = patch.has("tags") ? tags(patch) : row.tags();
    boolean collaborative =
        patch.has("collaborative")
            ? RequestBodies.bool(patch, "collaborative")
            : row.collaborative();
    ObjectNode agent =
        patch.has("agent") ? copy(RequestBodies.object(patch, "agent", true)) : row.agent();
    ObjectNode kepler =
        patch.has("keplerMapConfig")
            ? RequestBodies.object(patch, "keplerMapConfig", false).deepCopy()
            : row.keplerMapConfig();
    return new MapRow(
        row.id(),
        title,
        description,
        row.privacy(),
        row.sharingScope(),
        row.userIds(),
        row.groupIds(),
        collaborative,
        tags,
        kepler,
        agent,
        row.ownerId(),
        row.createdAt(),
        Instants.after(now, row.updatedAt()),
        row.lastPublishedAt(),
        row.publishedVersion());
  }

  /** {@code row} with {@code {privacy, sharingScope?, userIds?, groupIds?}} applied. */
  static MapRow privacy(MapRow row, ObjectNode body, long now) {
    RequestBodies.requireObject(body, "setPrivacy");
    RequestBodies.onlyKeys(body, PRIVACY_KEYS, "setPrivacy", null);
    if (!body.has("privacy")) {
      throw invalid("setPrivacy needs privacy: one of " + String.join(", ", PRIVACIES) + ".");
    }
    String privacy = RequestBodies.string(body, "privacy", false);
    if (!PRIVACIES.contains(privacy)) {
      throw invalid(
          "privacy must be one of " + String.join(", ", PRIVACIES) + "; got '" + privacy + "'.");
    }
    String scope = RequestBodies.string(body, "sharingScope", true);
    List<String> userIds = RequestBodies.strings(body, "userIds");
    List<String> groupIds = RequestBodies.strings(body, "groupIds");
    if (!"shared".equals(privacy)) {
      if (scope != null || !userIds.isEmpty() || !groupIds.isEmpty()) {
        throw invalid(
            "sharingScope, userIds and groupIds apply only to privacy 'shared'; remove them for '"
                + privacy
                + "'.");
      }
    } else {
      scope = scope == null ? "organization" : scope;
      if (!SHARING_SCOPES.contains(scope)) {
        throw invalid("sharingScope must be organization or specific; got '" + scope + "'.");
      }
      if ("organization".equals(scope) && (!userIds.isEmpty() || !groupIds.isEmpty())) {
        throw invalid(
            "userIds and groupIds need sharingScope 'specific'; with 'organization' the whole "
                + "organization sees the map.");
      }
    }
    return new MapRow(
        row.id(),
        row.title(),
        row.description(),
        privacy,
        scope,
        userIds,
        groupIds,
        row.collaborative(),
        row.tags(),
        row.keplerMapConfig(),
        row.agent(),
        row.ownerId(),
        row.createdAt(),
        Instants.after(now, row.updatedAt()),
        row.lastPublishedAt(),
        row.publishedVersion());
  }

  private static List<String> tags(ObjectNode patch) {
    if (patch.get("tags").isNull()) {
      throw invalid("tags must be an array of strings; send [] to remove every tag.");
    }
    List<String> tags = RequestBodies.strings(patch, "tags");
    for (String tag : tags) {
      if (tag.isBlank()) {
        throw invalid("tags must not be blank.");
      }
    }
    return tags;
  }

  private static ObjectNode copy(ObjectNode node) {
    return node == null ? null : node.deepCopy();
  }

  private static Set<String> ordered(String... values) {
    return new LinkedHashSet<>(List.of(values));
  }
}
