package io.cartomaps.backend.local.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Engine errors reach people as one line without the echoed statement or H2's internal code. */
class H2MessagesTest {

  @Test
  void dropsTheEchoedStatementAndTheErrorCode() {
    assertEquals(
        "Column \"nme\" not found",
        H2Messages.oneLine(
            new SQLException(
                "Column \"nme\" not found; SQL statement:\nSELECT nme FROM t [42122-232]")));
  }

  @Test
  void syntaxErrorsQuoteOnlyTheUsersSqlAroundTheMark() {
    SQLException e =
        new SQLException(
            "Syntax error in SQL statement \"SELECT * FROM (\\000aSELECT 1 FROM t "
                + "WHERE\\000a[*]) AS q WHERE 1 = 0\"; expected \"NOT, EXISTS\"; SQL statement:\nSELECT ... [42001-232]");
    assertEquals(
        "Syntax error in the SQL near \"SELECT 1 FROM t WHERE [*]\" ([*] marks where); expected NOT, EXISTS",
        H2Messages.oneLine(e, "SELECT * FROM (", ") AS q WHERE 1 = 0"));
  }

  @Test
  void longMessagesAreCut() {
    String line = H2Messages.oneLine(new SQLException("x".repeat(2000)));
    assertEquals(500, line.length());
  }
}
