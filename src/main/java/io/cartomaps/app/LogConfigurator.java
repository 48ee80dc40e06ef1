package io.cartomaps.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * Logging set up in code, found by Logback through {@code ServiceLoader}: every line goes to stderr
 * (stdout of the stdio server carries JSON-RPC only), the program at {@code CARTO_MAPS_LOG}
 * (default INFO), the MCP SDK at {@code CARTO_MAPS_SDK_LOG} (default WARN), chatty libraries at
 * WARN. Doing this without an XML file keeps the XML parser and Logback's configuration model out
 * of start-up. {@code -Dlogback.configurationFile=…} still wins.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {

  /**
   * Loggers quieter than the root; H2GIS's CRS library warns about grid files on every
   * ST_Transform.
   */
  static final Map<String, Level> QUIET =
      Map.of(
          "reactor",
          Level.WARN,
          "org.h2",
          Level.WARN,
          "org.h2gis",
          Level.WARN,
          "com.zaxxer.hikari",
          Level.WARN,
          "okhttp3",
          Level.WARN,
          "org.cts",
          Level.ERROR);

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    LogLineLayout layout = new LogLineLayout();
    layout.setContext(context);
    layout.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(layout);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(level("CARTO_MAPS_LOG", Level.INFO));
    root.addAppender(stderr);
    context.getLogger("io.modelcontextprotocol").setLevel(level("CARTO_MAPS_SDK_LOG", Level.WARN));
    QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /**
   * A level from a system property or environment variable of that name, or the default if unset or
   * unknown.
   */
  static Level level(String name, Level fallback) {
    String value = System.getProperty(name, System.getenv(name));
    return value == null || value.isBlank() ? fallback : Level.toLevel(value.trim(), fallback);
  }
}
