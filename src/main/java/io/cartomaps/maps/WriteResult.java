package io.cartomaps.maps;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cartomaps.backend.Backend;
import io.cartomaps.backend.MapUrls;
import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a write returns: the map's id and links, the ids given to new datasets ({@code $ref} name →
 * id), non-fatal warnings, and for a dry run the planned changes instead of a write. {@code
 * changed} is false when the request repeated the stored values and nothing was written, and absent
 * otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record WriteResult(
    String id,
    String profile,
    String title,
    String builderUrl,
    String viewerUrl,
    String publicUrl,
    Map<String, String> datasetIds,
    List<String> plan,
    Boolean published,
    List<Finding> warnings,
    Boolean changed) {

  public WriteResult {
    datasetIds = datasetIds == null ? Map.of() : Map.copyOf(datasetIds);
    plan = plan == null ? List.of() : List.copyOf(plan);
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /**
   * The result for map {@code record} as the write (or a dry run's preview) left it: its links, and
   * after the given warnings those its viewers' view adds (see {@link Warnings#visibility}).
   */
  static WriteResult of(
      Backend b,
      ObjectNode record,
      List<String> plan,
      List<Finding> warnings,
      Boolean published,
      Map<String, String> datasetIds) {
    String id = Json.text(record, "id");
    MapUrls urls = b.urls(id);
    Set<Finding> all = new LinkedHashSet<>(warnings);
    all.addAll(Warnings.visibility(b, record));
    return new WriteResult(
        id,
        b.profile(),
        Json.text(record, "title"),
        urls.builderUrl(),
        urls.viewerUrl(),
        urls.publicUrl(),
        datasetIds,
        plan,
        published,
        new ArrayList<>(all),
        null);
  }

  /** The same result for a request that wrote nothing because it repeated the stored values. */
  public WriteResult unchanged() {
    return new WriteResult(
        id,
        profile,
        title,
        builderUrl,
        viewerUrl,
        publicUrl,
        datasetIds,
        plan,
        published,
        warnings,
        Boolean.FALSE);
  }
}
