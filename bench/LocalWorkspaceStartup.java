import io.cartomaps.backend.MapQuery;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.local.LocalBackend;
import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.json.Json;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Startup cost of the local workspace, as an MCP server started per editor session pays it. Run it
 * twice on the same home: the first run is the first use ever (store created, sample database
 * built), the second a warm open.
 *
 * <pre>
 * mvn -o -q -B compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/classes:$(cat target/cp.txt)" bench/LocalWorkspaceStartup.java /tmp/bench-home
 * java -cp "target/classes:$(cat target/cp.txt)" bench/LocalWorkspaceStartup.java /tmp/bench-home
 * </pre>
 */
public class LocalWorkspaceStartup {

  public static void main(String[] args) {
    Path home = Path.of(args.length > 0 ? args[0] : "/tmp/carto-maps-bench-home");
    long t0 = System.nanoTime();
    try (LocalBackend backend = LocalBackend.open(home, null)) {
      long opened = System.nanoTime();
      backend.listMaps(MapQuery.firstPage(10));
      long store = System.nanoTime();
      ObjectNode map = backend.createMap((ObjectNode) Json.parse("{\"title\":\"bench\"}"));
      long write = System.nanoTime();
      backend.probeSource(LocalConnection.ID, SourceKind.table, "samples.places");
      long engine = System.nanoTime();
      backend.features(
          LocalConnection.ID, SourceKind.table, "samples.places", "geom", List.of("name"), 50_000);
      long features = System.nanoTime();
      backend.deleteMap(map.get("id").asString());
      System.out.printf("open backend            %6d ms%n", ms(t0, opened));
      System.out.printf("first map call (list)   %6d ms%n", ms(opened, store));
      System.out.printf("first write             %6d ms%n", ms(store, write));
      System.out.printf("first data call (probe) %6d ms%n", ms(write, engine));
      System.out.printf("9,062 point features    %6d ms%n", ms(engine, features));
    }
  }

  private static long ms(long from, long to) {
    return (to - from) / 1_000_000;
  }
}
