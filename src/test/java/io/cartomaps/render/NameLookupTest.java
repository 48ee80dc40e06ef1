package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A lookup that hangs is given up on and does not hold up the next one. */
class NameLookupTest {

  @Test
  void aHungLookupDoesNotBlockTheNextOne() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    try {
      for (int i = 0; i < 3; i++) {
        IOException e =
            assertThrows(
                IOException.class,
                () ->
                    NameLookup.resolve(
                        "hangs.example",
                        Duration.ofMillis(50),
                        host -> {
                          try {
                            never.await(5, TimeUnit.MINUTES);
                          } catch (InterruptedException ignored) {
                            Thread.currentThread().interrupt();
                          }
                          throw new UnknownHostException(host);
                        }));
        assertEquals("name lookup of hangs.example timed out", e.getMessage());
      }
      boolean[] onPoolWorker = {true};
      InetAddress a =
          NameLookup.resolve(
              "answers.example",
              Duration.ofSeconds(30),
              host -> {
                onPoolWorker[0] = Thread.currentThread() instanceof ForkJoinWorkerThread;
                return InetAddress.getLoopbackAddress();
              });
      assertEquals(InetAddress.getLoopbackAddress(), a);
      assertFalse(onPoolWorker[0], "lookups must not run on a shared pool they can exhaust");
    } finally {
      never.countDown();
    }
  }

  @Test
  void anUnknownHostSaysWhich() {
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                NameLookup.resolve(
                    "nowhere.invalid",
                    Duration.ofSeconds(30),
                    host -> {
                      throw new UnknownHostException(host);
                    }));
    assertTrue(e.getMessage().contains("unknown host nowhere.invalid"), e.getMessage());
  }
}
