package io.cartomaps.cli;

import io.cartomaps.json.Json;
import io.cartomaps.validate.SchemaSections;
import io.cartomaps.validate.UnknownSectionException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;

/**
 * {@code maps schema [section]}: the JSON Schema sections a bundle is checked against, for agents
 * and people.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description =
        "List the bundle's JSON Schema sections, or print one (name, any case; 'layers' = layer.tileset).")
public final class SchemaCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SECTION",
      description = "Section to print, e.g. layer.h3.")
  String section;

  @Option(
      names = "--json",
      description = "Machine output: the list as a JSON array, a section as compact JSON.")
  boolean json;

  @Override
  public void run() {
    SchemaSections sections = SchemaSections.get();
    PrintWriter out = spec.commandLine().getOut();
    if (section == null) {
      list(sections, out);
    } else {
      String name;
      try {
        name = sections.canonicalName(section);
      } catch (UnknownSectionException e) {
        throw new CliException(CliErrors.INPUT, e.getMessage());
      }
      out.println(
          json ? Json.compact(sections.section(name)) : Json.pretty(sections.section(name)));
    }
    out.flush();
  }

  private void list(SchemaSections sections, PrintWriter out) {
    if (json) {
      ArrayNode list = Json.array();
      sections
          .names()
          .forEach(
              n -> list.addObject().put("name", n).put("description", sections.description(n)));
      out.println(Json.compact(list));
      return;
    }
    int width = sections.names().stream().mapToInt(String::length).max().orElse(0);
    for (String n : sections.names()) {
      out.println(String.format("%-" + width + "s  %s", n, sections.description(n)));
    }
  }
}
