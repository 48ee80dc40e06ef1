package io.cartomaps.bundle;

import io.cartomaps.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

/**
 * Reads a bundle the way {@code carto maps} accepts it: a JSON string, a file path, or {@code -} /
 * nothing for stdin. Enforces {@link Json#MAX_DOCUMENT_CHARS} and {@link Json#MAX_DEPTH}, and
 * reports parse errors with line and column.
 */
public final class BundleInput {

  private BundleInput() {}

  /**
   * @param arg a JSON document, a path to one, {@code -} or null for stdin
   * @param stdin where {@code -} reads from
   */
  public static JsonNode read(String arg, InputStream stdin) {
    if (arg == null || arg.equals("-")) {
      return parse(
          readLimited(new InputStreamReader(stdin, StandardCharsets.UTF_8), "stdin"), "stdin");
    }
    String trimmed = arg.stripLeading();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      return parse(arg, "the argument");
    }
    Path path;
    try {
      path = Path.of(arg);
    } catch (InvalidPathException e) {
      throw new BundleInputException(
          "Not a JSON document nor a file path: "
              + abbreviate(arg)
              + ". Pass JSON text, a path to a .json file, or - to read stdin.");
    }
    if (!Files.isRegularFile(path)) {
      throw new BundleInputException(
          "No such file: "
              + arg
              + ". Pass JSON text (starting with '{'), a path to a .json file, or - to read stdin.");
    }
    try {
      if (Files.size(path) > Json.MAX_DOCUMENT_CHARS * 4L) {
        throw tooLarge(path.toString());
      }
      try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        return parse(readLimited(r, path.toString()), path.toString());
      }
    } catch (IOException e) {
      throw new BundleInputException("Cannot read " + arg + ": " + e.getMessage());
    }
  }

  /** Parses JSON text; {@code origin} names where it came from in error messages. */
  public static JsonNode parse(String text, String origin) {
    if (text.length() > Json.MAX_DOCUMENT_CHARS) {
      throw tooLarge(origin);
    }
    if (text.isBlank()) {
      throw new BundleInputException(
          "Empty input from " + origin + ": expected a JSON object (a map bundle).");
    }
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(text);
    } catch (StreamConstraintsException e) {
      throw new BundleInputException(
          "Input from "
              + origin
              + " exceeds a limit: "
              + firstLine(e.getOriginalMessage())
              + " (at most "
              + Json.MAX_DEPTH
              + " levels of nesting and "
              + Json.MAX_DOCUMENT_CHARS
              + " characters).");
    } catch (JacksonException e) {
      TokenStreamLocation loc = e.getLocation();
      String where =
          loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw new BundleInputException(
          "Malformed JSON in "
              + origin
              + where
              + ": "
              + firstLine(e.getOriginalMessage())
              + ". Fix the JSON syntax and try again.");
    }
    refuseLoneSurrogates(tree, "", origin);
    return tree;
  }

  /**
   * JSON may escape half a UTF-16 pair (a lone backslash-u {@code d800}), which no UTF-8 store can
   * hold: it would be saved as {@code ?}. Refused here, where every entry point's bundle passes, so
   * nothing is silently changed.
   */
  private static void refuseLoneSurrogates(JsonNode node, String pointer, String origin) {
    if (node.isString()) {
      checkText(node.asString(), pointer, "a string", origin);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        refuseLoneSurrogates(node.get(i), pointer + "/" + i, origin);
      }
    } else if (node.isObject()) {
      for (var e : node.properties()) {
        String child = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
        checkText(e.getKey(), child, "a key", origin);
        refuseLoneSurrogates(e.getValue(), child, origin);
      }
    }
  }

  private static void checkText(String s, String pointer, String what, String origin) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new BundleInputException(
            "Input from "
                + origin
                + " has a lone UTF-16 surrogate \\u"
                + Integer.toHexString(c)
                + " in "
                + what
                + " at "
                + (pointer.isEmpty() ? "/" : pointer)
                + ": text must be valid Unicode. Remove it, or give the full character (both halves of the pair).");
      }
    }
  }

  private static String readLimited(Reader reader, String origin) {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    try {
      int n;
      while ((n = reader.read(buf)) >= 0) {
        sb.append(buf, 0, n);
        if (sb.length() > Json.MAX_DOCUMENT_CHARS) {
          throw tooLarge(origin);
        }
      }
    } catch (IOException e) {
      throw new BundleInputException("Cannot read " + origin + ": " + e.getMessage());
    }
    return sb.toString();
  }

  private static BundleInputException tooLarge(String origin) {
    return new BundleInputException(
        "Input from "
            + origin
            + " is larger than "
            + (Json.MAX_DOCUMENT_CHARS / 1024 / 1024)
            + " MiB, the most a bundle may be. Split large SQL into tables or remove unused layers.");
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable JSON";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
