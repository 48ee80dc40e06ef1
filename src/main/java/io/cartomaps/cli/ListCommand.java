package io.cartomaps.cli;

import io.cartomaps.backend.MapQuery;
import io.cartomaps.export.MapUses;
import io.cartomaps.json.Json;
import io.cartomaps.maps.MapList;
import io.cartomaps.maps.MapSummary;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code maps list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List maps.")
final class ListCommand extends CliCommand {

  /** Upper bound of {@code --all}, so a runaway listing stops. */
  static final int MAX_ALL = 10_000;

  @Option(names = "--mine", description = "Only your maps.")
  boolean mine;

  @Option(names = "--search", description = "Free text over title and description.")
  String search;

  @Option(names = "--privacy", description = "private, shared or public.")
  String privacy;

  @Option(
      names = {"--tags", "--tag"},
      description = "JSON array of tags (maps having all), or one tag.")
  String tags;

  @Option(names = "--order-by", description = "updatedAt, createdAt or title.")
  String orderBy;

  @Option(names = "--order-direction", description = "ASC or DESC.")
  String orderDirection;

  @Option(names = "--page", defaultValue = "1", description = "1 to " + MapQuery.MAX_PAGE + ".")
  String page;

  @Option(
      names = "--page-size",
      defaultValue = "10",
      description = "1 to " + MapQuery.MAX_PAGE_SIZE + ".")
  String pageSize;

  @Option(
      names = "--uses",
      description = "Only maps reading this table (also via SQL) or connection.")
  String uses;

  @Option(names = "--all", description = "Fetch every page.")
  boolean all;

  @Override
  int run() {
    MapQuery q =
        new MapQuery(
            search,
            privacy,
            parseTags(),
            mine,
            orderBy,
            orderDirection,
            MapQuery.PAGE.named("--page").parse(page),
            MapQuery.PAGE_SIZE.named("--page-size").parse(pageSize));
    MapList list =
        uses != null && !uses.isBlank()
            ? all
                ? MapUses.all(services().maps(), global.profile, q, uses)
                : MapUses.list(services().maps(), global.profile, q, uses)
            : all
                ? services().maps().listAll(global.profile, q, MAX_ALL)
                : services().maps().list(global.profile, q);
    if (global.json) {
      json(all ? list.maps() : list);
      return 0;
    }
    for (MapSummary m : list.maps()) {
      out()
          .printf(
              "%s  %-7s  %s%s%n",
              m.id(), m.privacy(), m.title(), m.tags().isEmpty() ? "" : "  " + m.tags());
    }
    out()
        .println(
            list.maps().size()
                + " of "
                + list.total()
                + " maps (profile "
                + list.profile()
                + ")"
                + (list.nextPage() == null ? "" : "; next: --page " + list.nextPage()));
    return 0;
  }

  private List<String> parseTags() {
    List<String> out = new ArrayList<>();
    if (tags == null) {
      return out;
    }
    if (tags.trim().startsWith("[")) {
      try {
        Json.parse(tags).forEach(t -> out.add(t.asString()));
      } catch (RuntimeException e) {
        throw new CliException(
            CliErrors.INPUT, "--tags must be a JSON array of strings, e.g. '[\"demo\",\"poc\"]'.");
      }
    } else {
      out.add(tags);
    }
    return out;
  }
}
