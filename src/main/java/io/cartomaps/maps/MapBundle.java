package io.cartomaps.maps;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cartomaps.validate.finding.Finding;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * A map read as a bundle. {@code bundle} is exactly what create and update accept (or the chosen
 * sections of it); {@code omitted} names the large sections left out when the whole bundle would be
 * too big to return at once.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MapBundle(
    String profile,
    ObjectNode bundle,
    String builderUrl,
    String viewerUrl,
    String publicUrl,
    List<String> omitted,
    List<Finding> warnings) {

  public MapBundle {
    omitted = omitted == null ? List.of() : List.copyOf(omitted);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
