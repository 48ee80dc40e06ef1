package io.cartomaps.backend;

import java.util.List;

/** Finds the backend of a profile. {@code null} or blank means the default profile. */
public interface BackendRegistry extends AutoCloseable {

  Backend backend(String profile);

  /** Known profile names, {@code local} included. */
  List<String> profiles();

  String defaultProfile();

  @Override
  void close();
}
