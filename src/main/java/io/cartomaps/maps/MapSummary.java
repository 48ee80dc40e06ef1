package io.cartomaps.maps;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One line of a map listing: just enough to pick a map. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MapSummary(
    String id,
    String title,
    String privacy,
    List<String> tags,
    String updatedAt,
    String lastPublishedAt) {}
