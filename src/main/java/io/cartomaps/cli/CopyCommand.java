package io.cartomaps.cli;

import io.cartomaps.maps.CopyRequest;
import io.cartomaps.maps.WriteResult;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code maps copy <id> --dest-profile P}. */
@Command(
    name = "copy",
    mixinStandardHelpOptions = true,
    description = "Duplicate a map to another profile (or the same one).")
final class CopyCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "<map-id>")
  String mapId;

  @Option(names = "--dest-profile", required = true)
  String destProfile;

  @Option(names = "--source-profile", description = "Default: --profile or the current profile.")
  String sourceProfile;

  @Option(names = "--connection-mapping", description = "src1=dst1,src2=dst2")
  String connectionMapping;

  @Option(names = "--connection", description = "One destination connection for every dataset.")
  String connection;

  @Option(names = "--title")
  String title;

  @Option(names = "--skip-source-validation")
  boolean skipSourceValidation;

  @Option(names = "--keep-privacy", negatable = true, defaultValue = "true", fallbackValue = "true")
  boolean keepPrivacy;

  @Override
  int run() {
    Map<String, String> mapping = new LinkedHashMap<>();
    if (connectionMapping != null) {
      for (String pair : connectionMapping.split(",")) {
        String[] kv = pair.split("=", 2);
        if (kv.length != 2 || kv[0].isBlank() || kv[1].isBlank()) {
          throw new CliException(
              CliErrors.INPUT,
              "--connection-mapping takes src=dst pairs separated by commas, got '" + pair + "'.");
        }
        mapping.put(kv[0].trim(), kv[1].trim());
      }
    }
    String source = sourceProfile != null ? sourceProfile : global.profile;
    WriteResult r =
        services()
            .maps()
            .copy(
                new CopyRequest(
                    mapId,
                    source,
                    destProfile,
                    mapping,
                    connection,
                    title,
                    keepPrivacy,
                    skipSourceValidation));
    if (global.json) {
      json(r);
    } else {
      Human.write(out(), "Copied to", r);
    }
    return 0;
  }
}
