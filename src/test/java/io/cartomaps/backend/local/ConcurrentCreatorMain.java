package io.cartomaps.backend.local;

import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.json.Json;
import java.nio.file.Path;
import tools.jackson.databind.node.ObjectNode;

/**
 * Child process of {@link LocalStoreConcurrencyTest}: creates maps with two datasets each on a
 * shared home and prints {@code ok <id>} once a create has returned, or {@code fail <message>}.
 * With {@code reopen} it opens and closes the store around every create, as separate CLI
 * invocations do; otherwise it keeps it open, as the MCP server does.
 */
public final class ConcurrentCreatorMain {

  private ConcurrentCreatorMain() {}

  public static void main(String[] args) {
    Path home = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    boolean reopen = args[2].equals("reopen");
    String dataset =
        "{\"type\":\"table\",\"source\":\"samples.places\",\"connectionId\":\""
            + LocalConnection.ID
            + "\",\"label\":\"Places\"}";
    LocalBackend backend = reopen ? null : LocalBackend.open(home, null);
    for (int i = 0; i < count; i++) {
      LocalBackend b = reopen ? LocalBackend.open(home, null) : backend;
      try {
        int n = i;
        String id =
            b.atomically(
                () -> {
                  String created =
                      b.createMap((ObjectNode) Json.parse("{\"title\":\"c-" + n + "\"}"))
                          .get("id")
                          .asString();
                  b.createDataset(created, (ObjectNode) Json.parse(dataset));
                  b.createDataset(created, (ObjectNode) Json.parse(dataset));
                  return created;
                });
        System.out.println("ok " + id);
      } catch (RuntimeException e) {
        System.out.println("fail " + String.valueOf(e.getMessage()).replace('\n', ' '));
      } finally {
        if (reopen) {
          b.close();
        }
      }
      System.out.flush();
    }
    if (backend != null) {
      backend.close();
    }
    System.out.println("done");
  }
}
