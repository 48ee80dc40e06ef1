package io.cartomaps.backend.local;

import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.json.Json;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import tools.jackson.databind.node.ObjectNode;

/**
 * Child process of {@link LocalStoreSharingTest}: opens the workspace in a home and answers one
 * line per command ({@code create <title>}, {@code get <id>}, {@code tables}, {@code quit}).
 */
public final class StoreClientMain {

  private StoreClientMain() {}

  public static void main(String[] args) throws Exception {
    try (LocalBackend backend = LocalBackend.open(Path.of(args[0]), null);
        BufferedReader in =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      System.out.println("ready");
      for (String line = in.readLine();
          line != null && !line.equals("quit");
          line = in.readLine()) {
        String[] cmd = line.split(" ", 2);
        String answer;
        try {
          answer =
              switch (cmd[0]) {
                case "create" ->
                    backend
                        .createMap((ObjectNode) Json.parse("{\"title\":\"" + cmd[1] + "\"}"))
                        .get("id")
                        .asString();
                case "get" -> backend.getMap(cmd[1]).get("title").asString();
                case "tables" ->
                    String.valueOf(backend.listTables(LocalConnection.ID, "samples").size());
                default -> "unknown command " + cmd[0];
              };
        } catch (RuntimeException e) {
          answer = "error " + e.getMessage();
        }
        System.out.println(answer);
      }
    }
  }
}
