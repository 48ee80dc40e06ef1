package io.cartomaps.mcp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which tools a server offers: {@code --read-only} removes every write tool and beats everything;
 * an exclude beats an include; unknown names are refused so a typo does not silently hide a tool.
 */
public record ToolSelection(boolean readOnly, Set<String> include, Set<String> exclude) {

  public static final ToolSelection ALL = new ToolSelection(false, Set.of(), Set.of());

  public ToolSelection {
    include = include == null ? Set.of() : Set.copyOf(include);
    exclude = exclude == null ? Set.of() : Set.copyOf(exclude);
  }

  public List<McpTool> apply(List<McpTool> tools) {
    return apply(tools, McpTool::def);
  }

  /**
   * The tools this selection keeps, in their order, read through {@code def} (tools or bare
   * definitions).
   */
  public <T> List<T> apply(List<T> tools, Function<T, ToolDef> def) {
    requireKnown(tools.stream().map(def).toList());
    List<T> out = new ArrayList<>();
    for (T t : tools) {
      if (allows(def.apply(t))) {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether this selection keeps the tool. */
  public boolean allows(ToolDef def) {
    if (readOnly && def.writes()) {
      return false;
    }
    return !exclude.contains(def.name()) && (include.isEmpty() || include.contains(def.name()));
  }

  /**
   * Refuses names that are not tools, so a typo in a key's tool list does not silently hide a tool.
   */
  public void requireKnown(List<ToolDef> tools) {
    Set<String> known = new HashSet<>();
    tools.forEach(t -> known.add(t.name()));
    for (String name : union(include, exclude)) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            "Unknown tool '"
                + name
                + "'. Tools: "
                + String.join(", ", known.stream().sorted().toList())
                + ".");
      }
    }
  }

  /**
   * This selection narrowed by another (used per API key in HTTP mode): it can only remove tools.
   */
  public ToolSelection narrowedBy(ToolSelection other) {
    Set<String> inc =
        include.isEmpty()
            ? other.include
            : other.include.isEmpty() ? include : intersect(include, other.include);
    Set<String> exc = union(exclude, other.exclude);
    if (inc.isEmpty() && !include.isEmpty() && !other.include.isEmpty()) {
      // Two include lists with nothing in common leave no tool: an empty include would mean "every
      // tool".
      return new ToolSelection(true, include, union(exc, include));
    }
    return new ToolSelection(readOnly || other.readOnly, inc, exc);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.addAll(b);
    return s;
  }

  private static Set<String> intersect(Set<String> a, Set<String> b) {
    Set<String> s = new HashSet<>(a);
    s.retainAll(b);
    return s;
  }
}
