package io.cartomaps.maps;

import io.cartomaps.backend.Backend;
import io.cartomaps.bundle.Privacy;
import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The non-fatal warnings of writes and reads, with their fixes. */
public final class Warnings {

  public static final String UNPUBLISHED_SHARED_MAP = "UNPUBLISHED_SHARED_MAP";
  public static final String SOURCE_INACCESSIBLE = "SOURCE_INACCESSIBLE";
  public static final String DATASET_WONT_RENDER = "DATASET_WONT_RENDER";
  public static final String AGENT_ISSUE = "AGENT_ISSUE";
  public static final String AGENT_NOT_AVAILABLE = "AGENT_NOT_AVAILABLE";
  public static final String LOCAL_ONLY_SHARING = "LOCAL_ONLY_SHARING";

  private Warnings() {}

  /** Shared/public map whose viewers see an older snapshot, or none. */
  public static Finding unpublished(String level, boolean everPublished) {
    String what =
        everPublished
            ? "has changes its viewers do not see yet"
            : "has never been published, so its viewers see nothing";
    return Finding.warning(
        UNPUBLISHED_SHARED_MAP,
        "/privacy",
        "The map is " + level + " but " + what + ".",
        "Publish it (publish_map, or update with publish: true) to freeze the current state for viewers.");
  }

  /** A shared/public map in a profile whose links open on this machine only. */
  public static Finding localOnlySharing(String profile, String level) {
    return Finding.warning(
        LOCAL_ONLY_SHARING,
        "/privacy",
        "The map is "
            + level
            + " in profile '"
            + profile
            + "', which lives on this machine: its builderUrl and"
            + " viewerUrl open here only, while this program serves them, and nobody else can see it.",
        "To publish it for a team, copy_map it to a CARTO profile (dest_profile) and publish it there.");
  }

  public static Finding agentNotAvailable(String profile) {
    return Finding.warning(
        AGENT_NOT_AVAILABLE,
        "/agent",
        "Profile '"
            + profile
            + "' has no CARTO AI agents: the agent block is kept but will not run.",
        "Copy the map to a CARTO organisation with AI enabled to use the agent (agents_status tells).");
  }

  /**
   * What viewers of a stored shared or public map miss: an unpublished state, then links that open
   * here only.
   */
  static List<Finding> visibility(Backend b, JsonNode record) {
    List<Finding> out = new ArrayList<>(publication(record));
    out.addAll(sharing(b, record));
    return out;
  }

  /**
   * {@code UNPUBLISHED_SHARED_MAP} when viewers of a shared/public map see an older snapshot or
   * none.
   */
  private static List<Finding> publication(JsonNode record) {
    String level = Privacy.level(record);
    if (!Privacy.isVisibleToOthers(level)) {
      return List.of();
    }
    String published = Json.text(record, "lastPublishedAt");
    String updated = Json.text(record, "updatedAt");
    if (published == null) {
      return List.of(unpublished(level, false));
    }
    if (updated != null && updated.compareTo(published) > 0) {
      return List.of(unpublished(level, true));
    }
    return List.of();
  }

  private static List<Finding> sharing(Backend b, JsonNode record) {
    String level = Privacy.level(record);
    return Privacy.isVisibleToOthers(level) && !b.sharesBeyondThisMachine()
        ? List.of(localOnlySharing(b.profile(), level))
        : List.of();
  }
}
