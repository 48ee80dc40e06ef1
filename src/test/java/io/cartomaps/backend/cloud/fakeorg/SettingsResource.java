package io.cartomaps.backend.cloud.fakeorg;

/**
 * {@code GET /settings/carto-ai}: the organisation's CARTO AI settings ({@code enabled}, {@code
 * defaultModel}, models).
 */
final class SettingsResource {

  private final OrgState state;

  SettingsResource(OrgState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add(Host.WORKSPACE, "GET", "/settings/carto-ai", x -> Answer.ok(state.aiSettings));
  }
}
