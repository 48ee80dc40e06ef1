package io.cartomaps.cli;

import io.cartomaps.bundle.BundleView;
import io.cartomaps.json.Json;
import io.cartomaps.maps.MapBundle;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code maps get}: {@code --json} prints the round-trippable bundle, nothing else. */
@Command(
    name = "get",
    mixinStandardHelpOptions = true,
    description = "Show a map; --json prints its bundle.")
final class GetCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "<map-id>")
  String mapId;

  @Option(
      names = "--sections",
      split = ",",
      description = "Only these sections (bundle fields or keplerMapConfig.config keys).")
  List<String> sections;

  @Override
  int run() {
    if (global.json && sections == null) {
      out().println(Json.pretty(services().maps().bundle(global.profile, mapId)));
      return 0;
    }
    MapBundle b =
        services().maps().get(global.profile, mapId, sections == null ? List.of() : sections);
    if (global.json) {
      out().println(Json.pretty(b.bundle()));
      return 0;
    }
    var bundle = b.bundle();
    out().println(Json.text(bundle, "title") + "  (" + mapId + ", profile " + b.profile() + ")");
    out()
        .println(
            "  privacy: "
                + bundle.path("privacy").path("privacy").asString("private")
                + "   tags: "
                + bundle.path("tags"));
    out()
        .println(
            "  datasets: "
                + BundleView.datasets(bundle).size()
                + "   layers: "
                + BundleView.layers(bundle).size()
                + "   widgets: "
                + bundle.path("keplerMapConfig").path("config").path("widgets").size());
    if (b.builderUrl() != null) {
      out().println("  builder: " + b.builderUrl());
    }
    b.warnings().forEach(w -> out().println("  " + Human.finding(w)));
    return 0;
  }
}
