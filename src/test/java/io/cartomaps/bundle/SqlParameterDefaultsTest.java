package io.cartomaps.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cartomaps.json.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Query sources get each SQL parameter's current value, as a viewer first sees the map. */
class SqlParameterDefaultsTest {

  @Test
  void eachParameterKindBecomesASqlLiteral() {
    ObjectNode bundle =
        (ObjectNode)
            Json.parse(
                """
        {"datasets":[{"$ref":"a","type":"query","source":"SELECT * FROM t WHERE b IN {{boro}} AND d >= {{ d_from }}\
         AND d <= {{d_to}} AND n > {{n}} AND x IN {{all}} AND y = {{unknown}}"},
         {"$ref":"b","type":"table","source":"{{n}}"}],
         "keplerMapConfig":{"version":"v1","config":{"sqlParameters":[
          {"type":"Category","item":{"value":["Bronx","O'Hare"],"sqlName":"boro"},"values":["Bronx","O'Hare","Queens"]},
          {"type":"Category","item":{"value":[],"sqlName":"all"},"values":["p","q"]},
          {"type":"DateRange","start":{"value":"2024-01-01","sqlName":"d_from"},"end":{"value":"2024-12-31","sqlName":"d_to"}},
          {"type":"Numeric","item":{"value":1.5e6,"sqlName":"n"}}]}}}
        """);
    SqlParameterDefaults.apply(bundle);
    assertEquals(
        "SELECT * FROM t WHERE b IN ('Bronx', 'O''Hare') AND d >= '2024-01-01' AND d <= '2024-12-31'"
            + " AND n > 1500000 AND x IN ('p', 'q') AND y = {{unknown}}",
        bundle.get("datasets").get(0).get("source").asString());
    assertEquals(
        "{{n}}",
        bundle.get("datasets").get(1).get("source").asString(),
        "tables are names, not SQL");
  }
}
