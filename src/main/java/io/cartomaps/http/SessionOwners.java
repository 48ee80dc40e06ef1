package io.cartomaps.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which key opened each session. A session id is a handle, not a credential: a request that
 * presents another key's session id is answered exactly like one with an unknown id, so it learns
 * nothing. Entries idle longer than the SDK keeps sessions are forgotten (the client then starts a
 * new session, as the protocol expects).
 */
final class SessionOwners {

  private record Owner(String key, long lastUsedNanos) {}

  private final Map<String, Owner> owners = new ConcurrentHashMap<>();
  private final long idleNanos;

  SessionOwners(Duration idle) {
    this.idleNanos = idle.toNanos();
  }

  void bind(String session, String key) {
    owners.put(session, new Owner(key, System.nanoTime()));
  }

  /** True when {@code key} opened the session; refreshes its idle clock. */
  boolean ownedBy(String session, String key) {
    Owner o = owners.get(session);
    if (o == null || !o.key().equals(key)) {
      return false;
    }
    owners.put(session, new Owner(key, System.nanoTime()));
    return true;
  }

  void forget(String session) {
    owners.remove(session);
  }

  int size() {
    return owners.size();
  }

  /** Drops sessions idle for too long. */
  void sweep() {
    long now = System.nanoTime();
    owners.entrySet().removeIf(e -> now - e.getValue().lastUsedNanos() > idleNanos);
  }
}
