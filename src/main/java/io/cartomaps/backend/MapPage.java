package io.cartomaps.backend;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * One page of map records (summary fields only: id, title, description, privacy, tags, dates,
 * owner).
 */
public record MapPage(List<ObjectNode> maps, int page, int pageSize, long total) {

  public MapPage {
    maps = List.copyOf(maps);
  }

  public boolean hasMore() {
    return (long) page * pageSize < total;
  }
}
