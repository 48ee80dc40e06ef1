package io.cartomaps.mcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which tools a server offers: {@code --read-only} removes every write tool and beats everything; an exclude beats
 * an include; unknown names are refused so a typo does not silently hide a tool.
 */
public record ToolSelection(boolean readOnly, Set<String> include, Set<String> exclude) {

  public static final ToolSelection ALL = new ToolSelection(false, Set.of(), Set.of());

  public ToolSelection {
    include = include == null ? Set.of() : Set.copyOf(include);
    exclude = exclude == null ? Set.of() : Set.copyOf(exclude);
  }

  public List<McpTool> apply(List<McpTool> tools) {
    Set<String> known = new java.util.HashSet<>();
    tools.forEach(t -> known.add(t.def().name()));
    for (String name : union(include, exclude)) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException("Unknown tool '" + name + "'. Tools: " + String.join(", ", known.stream().sorted().toList()) + ".");
      }
    }
    List<McpTool> out = new ArrayList<>();
    for (McpTool t : tools) {
      String name = t.def().name();
      if (readOnly && t.def().writes()) {
        continue;
      }
      if (exclude.contains(name) || (!include.isEmpty() && !include.contains(name))) {
        continue;
      }
      out.add(t);
    }
    return out;
  }

  /** This selection narrowed by another (used per API key in HTTP mode): it can only remove tools. */
  public ToolSelection narrowedBy(ToolSelection other) {
    Set<String> inc = include.isEmpty() ? other.include : other.include.isEmpty() ? include : intersect(include, other.include);
    return new ToolSelection(readOnly || other.readOnly, inc, union(exclude, other.exclude));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new java.util.HashSet<>(a);
    s.addAll(b);
    return s;
  }

  private static Set<String> intersect(Set<String> a, Set<String> b) {
    Set<String> s = new java.util.HashSet<>(a);
    s.retainAll(b);
    return s;
  }
}
