package io.cartomaps.backend.local;

import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.json.Json;
import java.nio.file.Path;
import tools.jackson.databind.node.ObjectNode;

/**
 * Child process of {@link LocalStoreCrashTest}: writes maps with two datasets each, forever, and
 * prints a map's id only once every call for it has returned (acknowledged). The test kills it with
 * SIGKILL mid-stream.
 */
public final class CrashWriterMain {

  private CrashWriterMain() {}

  public static void main(String[] args) {
    LocalBackend backend = LocalBackend.open(Path.of(args[0]), null);
    String dataset =
        "{\"type\":\"table\",\"source\":\"samples.places\",\"connectionId\":\""
            + LocalConnection.ID
            + "\",\"label\":\"Places\"}";
    String kepler =
        "{\"version\":\"v1\",\"config\":{\"visState\":{\"layers\":["
            + "{\"id\":\"x\"},".repeat(200)
            + "{\"id\":\"y\"}]}}}";
    for (int i = 0; ; i++) {
      ObjectNode created =
          backend.createMap(
              (ObjectNode)
                  Json.parse("{\"title\":\"crash-" + i + "\",\"keplerMapConfig\":" + kepler + "}"));
      String id = created.get("id").asString();
      backend.createDataset(id, (ObjectNode) Json.parse(dataset));
      backend.createDataset(id, (ObjectNode) Json.parse(dataset));
      backend.patchMap(
          id, (ObjectNode) Json.parse("{\"title\":\"done-" + i + "\",\"tags\":[\"t" + i + "\"]}"));
      System.out.println(id);
      System.out.flush();
    }
  }
}
