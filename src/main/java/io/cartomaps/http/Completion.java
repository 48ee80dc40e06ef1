package io.cartomaps.http;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs something once a request is really finished. The SDK's servlets answer many requests
 * asynchronously (the servlet returns while a tool still runs), so a filter's {@code finally} is
 * too early for counting calls in flight or logging the final status.
 */
final class Completion {

  private Completion() {}

  static void whenDone(HttpServletRequest request, Runnable done) {
    AtomicBoolean once = new AtomicBoolean();
    Runnable run =
        () -> {
          if (once.compareAndSet(false, true)) {
            done.run();
          }
        };
    if (!request.isAsyncStarted()) {
      run.run();
      return;
    }
    request
        .getAsyncContext()
        .addListener(
            new AsyncListener() {
              @Override
              public void onComplete(AsyncEvent event) {
                run.run();
              }

              @Override
              public void onTimeout(AsyncEvent event) {
                run.run();
              }

              @Override
              public void onError(AsyncEvent event) {
                run.run();
              }

              @Override
              public void onStartAsync(AsyncEvent event) {
                event.getAsyncContext().addListener(this);
              }
            });
  }
}
