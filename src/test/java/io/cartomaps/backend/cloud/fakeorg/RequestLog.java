package io.cartomaps.backend.cloud.fakeorg;

import java.util.ArrayList;
import java.util.List;

/** Every request the organisation received, in order. */
final class RequestLog {

  private final List<RecordedCall> calls = new ArrayList<>();

  synchronized void add(RecordedCall call) {
    calls.add(call);
  }

  synchronized List<RecordedCall> all() {
    return List.copyOf(calls);
  }

  synchronized void clear() {
    calls.clear();
  }
}
