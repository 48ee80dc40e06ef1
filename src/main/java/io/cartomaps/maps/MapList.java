package io.cartomaps.maps;

import java.util.List;

/** A page of maps; {@code nextPage} is null on the last page. */
public record MapList(
    String profile, List<MapSummary> maps, int page, int pageSize, long total, Integer nextPage) {

  public MapList {
    maps = List.copyOf(maps);
  }
}
