package io.cartomaps.cli;

import io.cartomaps.json.Json;
import io.cartomaps.maps.WriteResult;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code maps datasets update <map-id> <dataset-id> [json] [--source …]}. */
@Command(
    name = "datasets",
    mixinStandardHelpOptions = true,
    description = "Datasets of a map.",
    subcommands = DatasetsCommand.Update.class)
final class DatasetsCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(
      name = "update",
      mixinStandardHelpOptions = true,
      description = "PATCH one dataset of a map.")
  static final class Update extends CliCommand {

    @Parameters(index = "0", paramLabel = "<map-id>")
    String mapId;

    @Parameters(index = "1", paramLabel = "<dataset-id>")
    String datasetId;

    @Parameters(index = "2", arity = "0..1", paramLabel = "<json|path|->")
    String input;

    @Option(names = "--source", description = "New table name or SQL.")
    String source;

    @Option(names = "--columns", split = ",", description = "Comma-separated columns.")
    List<String> columns;

    @Option(names = "--geo-column")
    String geoColumn;

    @Option(names = "--unique-id-property")
    String uniqueIdProperty;

    @Override
    int run() {
      boolean flags =
          source != null || columns != null || geoColumn != null || uniqueIdProperty != null;
      ObjectNode patch =
          input != null || !flags ? objectOf(BundleArg.read(input, stdin())) : Json.object();
      if (source != null) {
        patch.put("source", source);
      }
      if (columns != null) {
        patch.set("columns", Json.tree(columns));
      }
      if (geoColumn != null) {
        patch.put("geoColumn", geoColumn);
      }
      if (uniqueIdProperty != null) {
        patch.put("uniqueIdProperty", uniqueIdProperty);
      }
      WriteResult r = services().maps().updateDataset(global.profile, mapId, datasetId, patch);
      if (global.json) {
        json(r);
      } else if (Boolean.FALSE.equals(r.changed())) {
        out()
            .println(
                "No change: dataset "
                    + datasetId
                    + " of map "
                    + mapId
                    + " already has these values.");
      } else {
        Human.write(out(), "Updated dataset " + datasetId + " of", r);
      }
      return 0;
    }

    private static ObjectNode objectOf(JsonNode n) {
      if (n instanceof ObjectNode o) {
        return o;
      }
      throw new CliException(CliErrors.INPUT, "The dataset patch must be a JSON object.");
    }
  }
}
