package io.cartomaps.maps;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.Connection;
import io.cartomaps.bundle.BundleView;
import io.cartomaps.bundle.ServerFields;
import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The read half of a copy: the source map as a new bundle for the destination, each dataset moved
 * to a destination connection. Writing it is an ordinary create, so a copy is checked and rolled
 * back like one.
 */
final class MapCopier {

  /**
   * The bundle to create, and findings about what does not carry over (reported with the create's).
   */
  record Copy(ObjectNode bundle, List<Finding> carried) {}

  private MapCopier() {}

  static Copy prepare(Backend src, Backend dst, CopyRequest r) {
    ObjectNode bundle = ServerFields.toBundle(src.getMap(r.mapId()), src.listDatasets(r.mapId()));
    bundle.remove("id");
    if (r.title() != null) {
      bundle.put("title", r.title());
    }
    if (!r.keepPrivacy()) {
      bundle.remove("privacy");
    }
    moveConnections(bundle, src, dst, r);
    return new Copy(bundle, AgentPolicy.carryOver(bundle, src, dst));
  }

  private static void moveConnections(ObjectNode bundle, Backend src, Backend dst, CopyRequest r) {
    List<Connection> srcConnections = src.connections();
    List<Connection> dstConnections = dst.connections();
    List<ObjectNode> datasets = BundleView.datasets(bundle);
    List<Finding> unmapped = new ArrayList<>();
    for (int i = 0; i < datasets.size(); i++) {
      ObjectNode d = datasets.get(i);
      String srcName =
          Optional.ofNullable(Json.text(d, "connectionName"))
              .orElseGet(
                  () ->
                      srcConnections.stream()
                          .filter(c -> c.id().equals(Json.text(d, "connectionId")))
                          .map(Connection::name)
                          .findFirst()
                          .orElse(null));
      Connection target = mapConnection(srcName, r, dstConnections);
      if (target == null) {
        unmapped.add(
            Finding.error(
                "CONNECTION_NOT_MAPPED",
                "/datasets/" + i + "/connectionId",
                "Connection '"
                    + srcName
                    + "' not found in destination profile '"
                    + dst.profile()
                    + "'.",
                "Pass connection_mapping {\""
                    + srcName
                    + "\": \"<dest>\"} with one of "
                    + dstConnections.stream().map(Connection::name).toList()
                    + "."));
        continue;
      }
      d.put("connectionId", target.id());
      d.remove("connectionName");
    }
    if (!unmapped.isEmpty()) {
      throw new MapsException(
          "CONNECTION_NOT_MAPPED",
          "Some datasets have no connection in '" + dst.profile() + "'; nothing was copied.",
          unmapped);
    }
  }

  private static Connection mapConnection(String srcName, CopyRequest r, List<Connection> dst) {
    String wanted = srcName == null ? null : r.connectionMapping().get(srcName);
    for (String name : new String[] {wanted, srcName, r.connection()}) {
      if (name == null) {
        continue;
      }
      for (Connection c : dst) {
        if (c.name().equals(name) || c.id().equals(name)) {
          return c;
        }
      }
      if (name.equals(wanted)) {
        return null; // an explicit mapping to a missing connection is an error, not a fall-through
      }
    }
    return null;
  }
}
