package io.cartomaps.maps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compensating actions of a multi-call write, run in reverse when a later call fails, so a
 * write either happens completely or leaves nothing behind. Failures of the undo itself are
 * collected and reported.
 */
final class UndoLog {

  private static final Logger LOG = LoggerFactory.getLogger(UndoLog.class);

  private record Step(String description, Runnable action) {}

  private final Deque<Step> steps = new ArrayDeque<>();

  void push(String description, Runnable action) {
    steps.push(new Step(description, action));
  }

  /** Runs every compensating action; returns the descriptions of those that failed. */
  List<String> rollBack() {
    List<String> failed = new ArrayList<>();
    while (!steps.isEmpty()) {
      Step s = steps.pop();
      try {
        s.action().run();
      } catch (RuntimeException e) {
        LOG.warn("Could not undo '{}': {}", s.description(), e.getMessage());
        failed.add(s.description() + " (" + e.getMessage() + ")");
      }
    }
    return failed;
  }
}
