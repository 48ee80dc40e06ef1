package io.cartomaps.http;

import java.beans.PropertyChangeListener;
import org.apache.catalina.Context;
import org.apache.catalina.Loader;

/**
 * Runs the servlets with the program's own class loader instead of a per-webapp one. There is no
 * web application to isolate here, and a webapp loader would become the context class loader of the
 * SDK's shared Reactor threads and be stopped under them when the server stops.
 */
final class AppClassLoader implements Loader {

  private Context context;

  @Override
  public void backgroundProcess() {}

  @Override
  public ClassLoader getClassLoader() {
    return AppClassLoader.class.getClassLoader();
  }

  @Override
  public Context getContext() {
    return context;
  }

  @Override
  public void setContext(Context context) {
    this.context = context;
  }

  @Override
  public boolean getDelegate() {
    return true;
  }

  @Override
  public void setDelegate(boolean delegate) {}

  @Override
  public void addPropertyChangeListener(PropertyChangeListener listener) {}

  @Override
  public boolean modified() {
    return false;
  }

  @Override
  public void removePropertyChangeListener(PropertyChangeListener listener) {}
}
