package io.cartomaps.backend.local.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** User SQL loses trailing semicolons and comments before it is wrapped as a subquery. */
class SqlTextTest {

  @Test
  void dropsTrailingSemicolonsWhitespaceAndComments() {
    assertEquals("SELECT 1", SqlText.withoutTrailing("SELECT 1;"));
    assertEquals("SELECT 1", SqlText.withoutTrailing("SELECT 1 ;; \n"));
    assertEquals("SELECT 1", SqlText.withoutTrailing("SELECT 1; -- the end"));
    assertEquals("SELECT 1", SqlText.withoutTrailing("SELECT 1 /* note */ ;"));
    assertEquals("", SqlText.withoutTrailing(" ; -- nothing"));
  }

  @Test
  void keepsCommentMarkersInsideLiteralsAndQuotedNames() {
    assertEquals(
        "SELECT '--x;' AS \"a--b\"", SqlText.withoutTrailing("SELECT '--x;' AS \"a--b\";"));
    assertEquals("SELECT 'it''s' AS x", SqlText.withoutTrailing("SELECT 'it''s' AS x -- c"));
  }

  @Test
  void keepsInnerCommentsAndStatements() {
    assertEquals("SELECT 1 -- one\n, 2", SqlText.withoutTrailing("SELECT 1 -- one\n, 2"));
    assertEquals("SELECT 1; SELECT 2", SqlText.withoutTrailing("SELECT 1; SELECT 2;"));
  }
}
