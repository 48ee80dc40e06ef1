package io.cartomaps.maps;

import io.cartomaps.backend.cloud.fakeorg.Host;
import io.cartomaps.backend.cloud.fakeorg.RecordedCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One write a clean run sent to the Workspace API: its route ({@code POST /maps/*}{@code
 * /datasets}) and which occurrence of that route it was, so a fault can fail exactly that call in a
 * second run.
 */
record WriteStep(String route, int occurrence) {

  /** The Workspace writes among {@code calls}, in order. */
  static List<WriteStep> workspaceWrites(List<RecordedCall> calls) {
    List<WriteStep> steps = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (RecordedCall c : calls) {
      if (c.host() == Host.WORKSPACE && c.isWrite()) {
        steps.add(new WriteStep(c.route(), seen.merge(c.route(), 1, Integer::sum)));
      }
    }
    return steps;
  }

  @Override
  public String toString() {
    return route + " #" + occurrence;
  }
}
