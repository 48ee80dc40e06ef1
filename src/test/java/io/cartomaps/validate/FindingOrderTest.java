package io.cartomaps.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cartomaps.validate.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingOrderTest {

  @Test
  void ordersPathsSegmentBySegmentWithNumericIndexes() {
    List<String> paths =
        new ArrayList<>(List.of("/b", "/a/10", "/a/2/x", "/a/2", "", "/a/b", "/a/02", "/a"));
    paths.sort(FindingOrder::comparePaths);
    assertEquals(List.of("", "/a", "/a/2", "/a/2/x", "/a/10", "/a/02", "/a/b", "/b"), paths);
  }

  @Test
  void putsErrorsBeforeWarningsOnTheSamePath() {
    Finding w = Finding.warning("A", "/x", "m", null);
    Finding e = Finding.error("B", "/x", "m", null);
    List<Finding> list = new ArrayList<>(List.of(w, e));
    list.sort(FindingOrder.INSTANCE);
    assertEquals(List.of(e, w), list);
  }
}
