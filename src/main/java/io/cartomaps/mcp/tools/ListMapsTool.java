package io.cartomaps.mcp.tools;

import io.cartomaps.backend.MapQuery;
import io.cartomaps.export.MapUses;
import io.cartomaps.maps.MapList;
import io.cartomaps.maps.MapService;
import io.cartomaps.mcp.Args;
import io.cartomaps.mcp.Results;
import io.cartomaps.mcp.ToolDef;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** {@code list_maps}: one page of maps, filtered and ordered. */
public final class ListMapsTool extends MapTool {

  public static final ToolDef DEF =
      ToolDef.builder("list_maps", "List maps")
          .description(
              "List maps of a profile (id, title, privacy, tags, updatedAt). Filter, order and page; nextPage is null on the last page.")
          .inputSchema(
              """
      {"type":"object","properties":{
        "profile":{"type":"string"},
        "search":{"type":"string","description":"Text in title or description"},
        "privacy":{"type":"string","enum":["private","shared","public"]},
        "tags":{"type":"array","items":{"type":"string"},"description":"Maps with all these tags"},
        "mine":{"type":"boolean"},
        "uses":{"type":"string","description":"Only maps reading this table (also via SQL) or connection"},
        "order_by":{"type":"string","enum":["updatedAt","createdAt","title"]},
        "order_direction":{"type":"string","enum":["ASC","DESC"]},
        "page":{"type":"integer","minimum":1},
        "page_size":{"type":"integer","minimum":1,"maximum":100,"description":"Default 20"}},
       "additionalProperties":false}
      """)
          .outputSchema(
              """
      {"type":"object","properties":{"profile":{"type":"string"},"maps":{"type":"array"},"total":{"type":"integer"},
       "nextPage":{"type":["integer","null"]}}}
      """)
          .readOnly()
          .idempotent()
          .openWorld()
          .build();

  public ListMapsTool(MapService maps) {
    super(DEF, maps);
  }

  @Override
  public CallToolResult call(Args a, McpSyncServerExchange exchange) {
    Integer page = a.integer(MapQuery.PAGE);
    Integer size = a.integer(MapQuery.PAGE_SIZE);
    MapQuery q =
        new MapQuery(
            a.str("search"),
            a.str("privacy"),
            a.strings("tags"),
            a.bool("mine", false),
            a.str("order_by"),
            a.str("order_direction"),
            page == null ? 1 : page,
            size == null ? 20 : size);
    String uses = a.str("uses");
    MapList list =
        uses == null || uses.isBlank()
            ? maps.list(a.str("profile"), q)
            : MapUses.list(maps, a.str("profile"), q, uses);
    return Results.ok(
        list.maps().size()
            + " of "
            + list.total()
            + " maps in profile '"
            + list.profile()
            + "'"
            + (list.nextPage() == null ? "" : "; next page " + list.nextPage()),
        list);
  }
}
