package io.cartomaps.maps;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.BackendException;
import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the calls of a {@link CreatePlan} in order. On the local store they run inside one
 * transaction (see {@link Backend#atomically}), so a failure or a killed process leaves nothing; on
 * CARTO a failure after the first call removes the partial map.
 */
final class CreateApplier {

  private CreateApplier() {}

  static WriteResult apply(Backend b, CreatePlan plan) {
    Map<String, String> datasetIds = new LinkedHashMap<>();
    ObjectNode record;
    try {
      record =
          b.atomically(
              () -> {
                datasetIds.clear();
                return write(b, plan, datasetIds);
              });
    } catch (PartialCreate e) {
      throw new MapsException(
          "WRITE_FAILED",
          "Creating the map failed: "
              + e.getCause().getMessage()
              + "; "
              + removePartial(b, e.mapId)
              + ".");
    }
    String id = Json.text(record, "id");
    List<Finding> warnings = new ArrayList<>(plan.warnings());
    warnings.addAll(PostWriteChecks.afterWrite(b, id, record));
    return WriteResult.of(b, record, plan.lines(), warnings, null, datasetIds);
  }

  private static ObjectNode write(Backend b, CreatePlan plan, Map<String, String> datasetIds) {
    ObjectNode created = createOrSayItMayExist(b, plan.map().deepCopy());
    String id = Json.text(created, "id");
    try {
      Map<String, String> replacements = new LinkedHashMap<>();
      for (NewDataset d : plan.datasets()) {
        d.create(b, id, replacements, datasetIds);
      }
      ObjectNode record = b.patchMap(id, NewDataset.resolve(plan.followUp(), replacements));
      if (plan.privacy() != null) {
        record = b.setPrivacy(id, plan.privacy().deepCopy());
      }
      return record;
    } catch (RuntimeException e) {
      throw new PartialCreate(id, e);
    }
  }

  /**
   * A create that failed after the map itself was created, carrying its id so what is left can be
   * removed.
   */
  private static final class PartialCreate extends RuntimeException {

    private final String mapId;

    PartialCreate(String mapId, RuntimeException cause) {
      super(cause);
      this.mapId = mapId;
    }
  }

  /**
   * Removes what a failed create left: nothing on the local store, whose transaction was rolled
   * back.
   */
  private static String removePartial(Backend b, String id) {
    try {
      b.deleteMap(id);
      return "the partial map was removed";
    } catch (BackendException gone) {
      if (gone.kind() == BackendException.Kind.NOT_FOUND) {
        return "nothing of it was stored";
      }
      return "removing the partial map "
          + id
          + " also failed ("
          + gone.getMessage()
          + "): delete it with delete_map";
    } catch (RuntimeException again) {
      return "removing the partial map "
          + id
          + " also failed ("
          + again.getMessage()
          + "): delete it with delete_map";
    }
  }

  /**
   * The first call of the split. When it fails without a usable answer (no answer, a server error,
   * a garbled body) the map may exist all the same, and there is no id to remove it by: the error
   * says how to find it, so a retry does not leave a second map behind. A refusal (4xx) means
   * nothing was created and is passed on as it is.
   */
  private static ObjectNode createOrSayItMayExist(Backend b, ObjectNode first) {
    try {
      return b.createMap(first);
    } catch (BackendException e) {
      if (e.kind() != BackendException.Kind.UNAVAILABLE
          && e.kind() != BackendException.Kind.BAD_RESPONSE) {
        throw e;
      }
      throw new MapsException(
          "WRITE_FAILED",
          "Creating the map failed: "
              + e.getMessage()
              + "; the map may have "
              + "been created before the answer was lost: look for it with list_maps with search '"
              + Json.text(first, "title")
              + "' and remove it with delete_map before retrying.");
    }
  }
}
