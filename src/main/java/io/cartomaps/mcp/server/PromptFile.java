package io.cartomaps.mcp.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A prompt kept as a Markdown file in {@code prompts/}: a header of {@code description:} and {@code
 * argument: name [required] text} lines, a {@code ---} line, then the body with {@code {{name}}}
 * placeholders.
 */
record PromptFile(String name, String description, List<Argument> arguments, String body) {

  record Argument(String name, String description, boolean required) {}

  static PromptFile load(String name) {
    String path = "/prompts/" + name + ".md";
    try (InputStream in = PromptFile.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing prompt file " + path);
      }
      return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PromptFile parse(String name, String text) {
    int sep = text.indexOf("\n---\n");
    if (sep < 0) {
      throw new IllegalStateException(
          "Prompt " + name + " has no '---' line between header and body");
    }
    String description = "";
    List<Argument> args = new ArrayList<>();
    for (String line : text.substring(0, sep).split("\n")) {
      if (line.startsWith("description:")) {
        description = line.substring("description:".length()).trim();
      } else if (line.startsWith("argument:")) {
        String[] parts = line.substring("argument:".length()).trim().split("\\s+", 3);
        boolean required = parts.length > 1 && parts[1].equals("required");
        String desc =
            required
                ? (parts.length > 2 ? parts[2] : "")
                : String.join(" ", List.of(parts).subList(1, parts.length));
        args.add(new Argument(parts[0], desc, required));
      }
    }
    return new PromptFile(name, description, args, text.substring(sep + 5));
  }

  /**
   * The body with each {@code {{argument}}} replaced; missing optional arguments become "(not
   * given)".
   */
  String render(Map<String, Object> values) {
    String out = body;
    for (Argument a : arguments) {
      Object v = values == null ? null : values.get(a.name());
      if (v == null && a.required()) {
        throw new IllegalArgumentException(
            "Prompt " + name + " needs argument '" + a.name() + "'.");
      }
      out = out.replace("{{" + a.name() + "}}", v == null ? "(not given)" : v.toString());
    }
    return out;
  }
}
