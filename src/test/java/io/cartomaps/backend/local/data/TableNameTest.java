package io.cartomaps.backend.local.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cartomaps.backend.BackendException;
import org.junit.jupiter.api.Test;

/** Table names from callers are parsed and quoted, never pasted into SQL. */
class TableNameTest {

  @Test
  void unqualifiedNamesAreInTheDefaultSchema() {
    assertEquals(new TableName("samples", "places"), TableName.parse("places", "samples"));
  }

  @Test
  void unquotedNamesFoldToLowerCase() {
    assertEquals(new TableName("samples", "places"), TableName.parse(" Samples.PLACES ", "x"));
  }

  @Test
  void quotedNamesKeepCaseAndMayHoldAnything() {
    TableName t = TableName.parse("\"My Schema\".\"a\"\"b; DROP\"", "x");
    assertEquals(new TableName("My Schema", "a\"b; DROP"), t);
    assertEquals("\"My Schema\".\"a\"\"b; DROP\"", t.quoted());
    assertEquals(t, TableName.parse(t.quoted(), "x"));
  }

  @Test
  void refusesAnythingThatIsNotAName() {
    for (String bad :
        new String[] {
          "",
          "  ",
          "places; DROP TABLE places",
          "a.b.c",
          "`p`",
          "\"open",
          "\"\"",
          "a..b",
          ".a",
          "a.",
          "1abc",
          "a b",
          "a-b",
          "x".repeat(300)
        }) {
      BackendException e =
          assertThrows(BackendException.class, () -> TableName.parse(bad, "samples"), bad);
      assertEquals(BackendException.Kind.INVALID, e.kind(), bad);
    }
  }
}
