package io.cartomaps.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ten example queries of docs/export.md run against a real export of a small estate, on DuckDB
 * and on PostgreSQL, and each answers its question with at least one row, so the documentation
 * cannot drift from the tables.
 */
class ExportQueriesDocTest {

  private static final Pattern QUERY =
      Pattern.compile("(?s)### (\\d+)\\. ([^\\n]+)\\n\\n```sql\\n(.*?)```");

  @TempDir static Path dir;
  static Estate estate;

  @BeforeAll
  static void estate() {
    estate = new Estate(Estate.freshHome()).populate();
    estate.edit(estate.privateBorders, "Borders, second load");
  }

  @AfterAll
  static void close() {
    estate.close();
  }

  static List<String[]> queries() throws IOException {
    String doc = Files.readString(Path.of("docs/export.md"));
    List<String[]> out = new ArrayList<>();
    Matcher m = QUERY.matcher(doc);
    while (m.find()) {
      out.add(new String[] {m.group(1) + ". " + m.group(2), m.group(3)});
    }
    return out;
  }

  @Test
  void everyQueryAnswersOnDuckDb() throws IOException {
    check(
        new Destination.DuckDbFile(dir.resolve(Destination.DEFAULT_FILE)),
        ExportOptions.DEFAULT_DATASET);
  }

  @Test
  void everyQueryAnswersOnPostgres() throws IOException {
    Destination pg = TestDestinations.postgres();
    String dataset = TestDestinations.freshDataset();
    try {
      check(pg, dataset);
    } finally {
      TestDestinations.drop(pg, dataset);
    }
  }

  private static void check(Destination d, String dataset) throws IOException {
    EstateExport export = new EstateExport(estate.maps);
    export.run(new ExportOptions("local", d, dataset, true, false), ExportProgress.NONE);
    estate.edit(estate.privateBorders, "Borders, load " + dataset);
    export.run(new ExportOptions("local", d, dataset, false, false), ExportProgress.NONE);
    List<String[]> queries = queries();
    assertEquals(10, queries.size(), "docs/export.md has ten example queries");
    for (String[] q : queries) {
      String sql = q[1].replace("carto_maps_dataset.", dataset + ".");
      List<List<Object>> rows = TestDestinations.query(d, sql);
      assertFalse(rows.isEmpty(), "query " + q[0] + " answered nothing");
    }
  }
}
