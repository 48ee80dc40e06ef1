package io.cartomaps.backend;

/**
 * A failure of a backend call, classified so callers can tell the user what to do. Messages never
 * carry credentials.
 */
public class BackendException extends RuntimeException {

  /** What kind of failure this is. */
  public enum Kind {
    /** The map, dataset, connection or profile does not exist. */
    NOT_FOUND,
    /** The request was refused as invalid (400/422). */
    INVALID,
    /** No or expired credentials (401). */
    UNAUTHORIZED,
    /** Credentials lack permission (403). */
    FORBIDDEN,
    /** A conflicting state, e.g. a lock or an existing name (409). */
    CONFLICT,
    /** Too many requests, after retries (429). */
    RATE_LIMITED,
    /** The service failed or could not be reached (5xx, timeouts, network). */
    UNAVAILABLE,
    /** The service answered something we could not understand (bad JSON, wrong shape). */
    BAD_RESPONSE,
    /** The backend cannot do this at all (e.g. a feature the local workspace lacks). */
    UNSUPPORTED
  }

  private final Kind kind;

  public BackendException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public BackendException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public static BackendException notFound(String message) {
    return new BackendException(Kind.NOT_FOUND, message);
  }

  /** A map that does not exist (or is not visible) in the profile: callers point to the listing. */
  public boolean isMissingMap() {
    return kind == Kind.NOT_FOUND
        && getMessage() != null
        && getMessage().matches("(?is)^map \\S+ not found.*");
  }
}
