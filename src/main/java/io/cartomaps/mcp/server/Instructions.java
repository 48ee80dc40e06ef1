package io.cartomaps.mcp.server;

/** The server instructions: how an agent works with maps here, in a few lines. */
final class Instructions {

  static final String TEXT =
      """
      Author and manage CARTO Builder maps as bundles (title, description, privacy, tags, datasets[], keplerMapConfig, agent).
      - Profiles: 'local' is an embedded workspace with sample data; others are CARTO organisations. Omit profile for the default.
      - Shortest path: explore_data on the table or a sql query (columns, stats, sample rows), then adapt an example bundle (resources carto-maps://example/points, /h3, /choropleth); read a schema section (carto-maps://schema/{section}) only for what the examples lack. Palettes by name: "colorRange": {"name": "Sunset"}.
      - Datasets declare "$ref":"name"; layers, widgets and SQL parameters point at them with "$ref:name".
      - validate_bundle with remote:true (checks every field against the source), then create_map; fix findings by their path and suggestion. Create and update write Builder's boilerplate and list each fill in plan.
      - Updates are read-modify-write: get_bundle, edit, update_map. keplerMapConfig replaces wholesale; use dry_run to see the plan.
      - New maps are private drafts. Shared/public viewers see the last publish: publish_map (or update_map publish:true) after changes; UNPUBLISHED_SHARED_MAP warns when they would not.
      - Local maps' builderUrl/viewerUrl open in a browser on this machine while this server runs; shared/public in 'local' means this machine only: copy_map to a CARTO profile to publish for a team.
      - screenshot renders a map or an unsaved bundle to look at it; warnings[] in results are non-fatal and say how to fix.
      """;

  private Instructions() {}
}
