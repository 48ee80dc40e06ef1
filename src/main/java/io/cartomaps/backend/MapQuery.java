package io.cartomaps.backend;

import io.cartomaps.json.IntegerRange;
import java.util.List;

/**
 * Filters and page of a map listing.
 *
 * @param search free text over title and description, or null
 * @param privacy {@code private}, {@code shared}, {@code public}, or null for all
 * @param tags maps carrying all these tags; empty for no filter
 * @param mine only maps the caller owns
 * @param orderBy {@code updatedAt}, {@code createdAt} or {@code title}
 * @param orderDirection {@code ASC} or {@code DESC}
 * @param page 1-based page number
 * @param pageSize maps per page
 */
public record MapQuery(
    String search,
    String privacy,
    List<String> tags,
    boolean mine,
    String orderBy,
    String orderDirection,
    int page,
    int pageSize) {

  public static final int MAX_PAGE_SIZE = 100;

  /**
   * The last page anyone may ask for: its offset stays far within an int even at the largest page
   * size.
   */
  public static final int MAX_PAGE = 1_000_000;

  public static final IntegerRange PAGE = new IntegerRange("page", 1, MAX_PAGE);
  public static final IntegerRange PAGE_SIZE = new IntegerRange("page_size", 1, MAX_PAGE_SIZE);

  public MapQuery {
    tags = tags == null ? List.of() : List.copyOf(tags);
    orderBy = orderBy == null ? "updatedAt" : orderBy;
    orderDirection = orderDirection == null ? "DESC" : orderDirection;
    PAGE.check(page);
    PAGE_SIZE.check(pageSize);
  }

  public static MapQuery firstPage(int pageSize) {
    return new MapQuery(null, null, List.of(), false, null, null, 1, pageSize);
  }

  public MapQuery withPage(int newPage) {
    return new MapQuery(search, privacy, tags, mine, orderBy, orderDirection, newPage, pageSize);
  }
}
