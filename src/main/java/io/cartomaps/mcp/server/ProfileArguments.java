package io.cartomaps.mcp.server;

import io.cartomaps.json.Json;
import io.cartomaps.mcp.Caller;
import io.cartomaps.mcp.ToolDef;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A caller's profile allow-list applied to one tool's arguments. A profile argument the caller may
 * not use is refused with the profiles it may use; a missing {@code profile} / {@code
 * source_profile} becomes the caller's default profile, so a key never falls through to the
 * server's default profile and its credentials.
 */
final class ProfileArguments {

  /** Arguments that name a profile, in every tool that has them. */
  static final List<String> NAMES = List.of("profile", "source_profile", "dest_profile");

  private static final List<String> DEFAULTED = List.of("profile", "source_profile");

  private final Set<String> declared;

  ProfileArguments(ToolDef def) {
    Set<String> props = new HashSet<>();
    Json.parse(def.inputSchema()).path("properties").propertyNames().forEach(props::add);
    props.retainAll(NAMES);
    this.declared = Set.copyOf(props);
  }

  /** The arguments to call the tool with, or a refusal naming the profiles the caller may use. */
  Map<String, Object> apply(Caller caller, Map<String, Object> arguments) {
    if (caller.profiles().isEmpty() || declared.isEmpty()) {
      return arguments;
    }
    Map<String, Object> out = new LinkedHashMap<>(arguments == null ? Map.of() : arguments);
    for (String name : NAMES) {
      if (!declared.contains(name)) {
        continue;
      }
      Object value = out.get(name);
      if (value == null && DEFAULTED.contains(name)) {
        out.put(name, caller.defaultProfile());
      } else if (value != null && !caller.mayUseProfile(value.toString())) {
        throw new ProfileNotAllowed(
            caller.label()
                + " may not use profile '"
                + value
                + "' (argument '"
                + name
                + "'). Profiles it may use: "
                + String.join(", ", caller.profiles())
                + ".");
      }
    }
    return out;
  }

  /** A profile argument outside the caller's allow-list. */
  static final class ProfileNotAllowed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ProfileNotAllowed(String message) {
      super(message, null, false, false);
    }
  }
}
