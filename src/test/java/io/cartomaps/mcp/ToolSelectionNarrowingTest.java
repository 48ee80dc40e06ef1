package io.cartomaps.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.mcp.server.ToolCatalog;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A key can only narrow the server's tools, never widen them. */
class ToolSelectionNarrowingTest {

  static List<String> kept(ToolSelection s) {
    return s.apply(ToolCatalog.definitions(), d -> d).stream().map(ToolDef::name).toList();
  }

  @Test
  void includeListsWithNothingInCommonLeaveNoTool() {
    ToolSelection server = new ToolSelection(false, Set.of("list_maps"), Set.of());
    ToolSelection key = new ToolSelection(false, Set.of("create_map"), Set.of());
    assertEquals(List.of(), kept(server.narrowedBy(key)));
  }

  @Test
  void readOnlyOnEitherSideWins() {
    ToolSelection narrowed = ToolSelection.ALL.narrowedBy(new ToolSelection(true, null, null));
    assertTrue(kept(narrowed).contains("list_maps"));
    assertTrue(!kept(narrowed).contains("create_map"));
  }

  @Test
  void aKeysIncludeCannotBringBackWhatTheServerExcludes() {
    ToolSelection server = new ToolSelection(false, null, Set.of("delete_map"));
    ToolSelection key = new ToolSelection(false, Set.of("delete_map", "list_maps"), null);
    assertEquals(List.of("list_maps"), kept(server.narrowedBy(key)));
  }

  @Test
  void intersectingIncludesKeepTheCommonTools() {
    ToolSelection server = new ToolSelection(false, Set.of("list_maps", "get_bundle"), null);
    ToolSelection key = new ToolSelection(false, Set.of("get_bundle", "create_map"), null);
    assertEquals(List.of("get_bundle"), kept(server.narrowedBy(key)));
  }
}
