package io.cartomaps.backend.cloud.fakeorg;

import java.util.ArrayList;
import java.util.List;

/**
 * The faults in force. Every fault counts every authorised request; the first whose turn it is
 * fails it.
 */
final class Faults {

  private final List<Fault> faults = new ArrayList<>();

  synchronized void add(Fault fault) {
    faults.add(fault);
  }

  synchronized void clear() {
    faults.clear();
  }

  synchronized Failure next(String method, List<String> segments) {
    Failure chosen = null;
    for (Fault f : faults) {
      Failure failure = f.count(method, segments);
      if (chosen == null) {
        chosen = failure;
      }
    }
    return chosen;
  }
}
