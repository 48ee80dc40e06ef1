package io.cartomaps.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.slf4j.LoggerFactory;

/**
 * Every log line the server writes while open — through SLF4J and through Tomcat's JUL — as text.
 */
final class LogCapture implements AutoCloseable {

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final List<String> jul = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final Handler julHandler =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          jul.add(
              r.getLevel() + " " + r.getLoggerName() + " " + r.getMessage() + " " + r.getThrown());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  LogCapture() {
    appender.start();
    root.addAppender(appender);
    java.util.logging.Logger.getLogger("").addHandler(julHandler);
  }

  List<String> lines() {
    List<String> out = new ArrayList<>();
    for (ILoggingEvent e : List.copyOf(appender.list)) {
      out.add(
          e.getLevel()
              + " "
              + e.getLoggerName()
              + " "
              + e.getFormattedMessage()
              + (e.getThrowableProxy() == null
                  ? ""
                  : " " + ThrowableProxyUtil.asString(e.getThrowableProxy())));
    }
    out.addAll(jul);
    return out;
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    java.util.logging.Logger.getLogger("").removeHandler(julHandler);
  }
}
