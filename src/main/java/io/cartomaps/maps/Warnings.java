package io.cartomaps.maps;

import io.cartomaps.validate.finding.Finding;

/** The non-fatal warnings of writes and reads, with their fixes. */
public final class Warnings {

  public static final String UNPUBLISHED_SHARED_MAP = "UNPUBLISHED_SHARED_MAP";
  public static final String SOURCE_INACCESSIBLE = "SOURCE_INACCESSIBLE";
  public static final String DATASET_WONT_RENDER = "DATASET_WONT_RENDER";
  public static final String AGENT_ISSUE = "AGENT_ISSUE";
  public static final String AGENT_NOT_AVAILABLE = "AGENT_NOT_AVAILABLE";
  public static final String LOCAL_ONLY_SHARING = "LOCAL_ONLY_SHARING";

  private Warnings() {
  }

  /** Shared/public map whose viewers see an older snapshot, or none. */
  public static Finding unpublished(String level, boolean everPublished) {
    String what = everPublished ? "has changes its viewers do not see yet" : "has never been published, so its viewers see nothing";
    return Finding.warning(UNPUBLISHED_SHARED_MAP, "/privacy",
        "The map is " + level + " but " + what + ".",
        "Publish it (publish_map, or update with publish: true) to freeze the current state for viewers.");
  }

  /** A shared/public map in a profile whose links open on this machine only. */
  public static Finding localOnlySharing(String profile, String level) {
    return Finding.warning(LOCAL_ONLY_SHARING, "/privacy",
        "The map is " + level + " in profile '" + profile + "', which lives on this machine: its builderUrl and"
            + " viewerUrl open here only, while this program serves them, and nobody else can see it.",
        "To publish it for a team, copy_map it to a CARTO profile (dest_profile) and publish it there.");
  }

  public static Finding agentNotAvailable(String profile) {
    return Finding.warning(AGENT_NOT_AVAILABLE, "/agent",
        "Profile '" + profile + "' has no CARTO AI agents: the agent block is kept but will not run.",
        "Copy the map to a CARTO organisation with AI enabled to use the agent (agents_status tells).");
  }
}
