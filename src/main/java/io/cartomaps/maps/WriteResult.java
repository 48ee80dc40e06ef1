package io.cartomaps.maps;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cartomaps.validate.Finding;
import java.util.List;
import java.util.Map;

/**
 * What a write returns: the map's id and links, the ids given to new datasets ({@code $ref} name → id),
 * non-fatal warnings, and for a dry run the planned changes instead of a write.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record WriteResult(String id, String profile, String title, String builderUrl, String viewerUrl,
                          String publicUrl, Map<String, String> datasetIds, List<String> plan, Boolean published,
                          List<Finding> warnings) {

  public WriteResult {
    datasetIds = datasetIds == null ? Map.of() : Map.copyOf(datasetIds);
    plan = plan == null ? List.of() : List.copyOf(plan);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
