package io.cartomaps.backend.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.SourceKind;
import org.junit.jupiter.api.Test;

class WarehouseSqlTest {

  @Test
  void wrapsAQueryInAZeroRowProbe() {
    assertEquals(
        "SELECT * FROM (\nSELECT a FROM t -- note\n) AS _probe WHERE 1=0",
        WarehouseSql.probe(SourceKind.query, " SELECT a FROM t -- note ;; ", "bigquery"));
  }

  @Test
  void quotesTableNamesPerProvider() {
    assertEquals("`p-1.ds.t`", WarehouseSql.quote("p-1.ds.t", "bigquery"));
    assertEquals("`p.ds.t`", WarehouseSql.quote("`p.ds.t`", "carto_dw"));
    assertEquals("`c`.`s`.`t`", WarehouseSql.quote("c.s.t", "databricksRest"));
    assertEquals("\"db\".s.t", WarehouseSql.quote("db.s.t", "postgres"));
    assertEquals("DB.S.T", WarehouseSql.quote("DB.S.T", "snowflake"));
    assertEquals(
        "SELECT * FROM `p.d.t` WHERE 1=0",
        WarehouseSql.probe(SourceKind.table, "p.d.t", "bigquery"));
  }

  @Test
  void refusesTableNamesThatCouldCarrySql() {
    assertTrue(WarehouseSql.isTableName("my-proj.ds.table_1"));
    assertFalse(WarehouseSql.isTableName("t; DROP TABLE x"));
    assertFalse(WarehouseSql.isTableName("t where 1=1"));
    assertFalse(WarehouseSql.isTableName(""));
  }

  @Test
  void statisticsUseTheProvidersSpatialFunctionsOrJustCount() {
    assertTrue(WarehouseSql.stats("p.d.t", "bigquery", "geom").contains("ST_EXTENT(`geom`)"));
    assertTrue(WarehouseSql.stats("d.s.t", "postgres", "geom").contains("ST_Extent(\"geom\")"));
    assertEquals(
        "SELECT COUNT(*) AS row_count FROM `p.d.t`", WarehouseSql.stats("p.d.t", "bigquery", null));
    assertEquals(
        "SELECT COUNT(*) AS row_count FROM c.s.t",
        WarehouseSql.stats("c.s.t", "redshift", "geom").replace("\"c\"", "c"));
    assertEquals(
        "SELECT COUNT(*) AS row_count FROM `p.d.t`",
        WarehouseSql.stats("p.d.t", "bigquery", "g eom"));
  }
}
