package io.cartomaps.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Logging is configured in code: one stderr appender, quiet libraries, the documented line format.
 */
class LogConfiguratorTest {

  @Test
  void logbackFindsTheConfiguratorAndLogsToStderrOnly() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    ConsoleAppender<?> stderr = assertInstanceOf(ConsoleAppender.class, root.getAppender("STDERR"));
    assertEquals("System.err", stderr.getTarget());
    assertEquals(Level.WARN, context.getLogger("org.h2").getLevel());
    assertEquals(Level.ERROR, context.getLogger("org.cts").getLevel());
  }

  @Test
  void levelsComeFromTheEnvironmentWithAFallback() {
    assertEquals(Level.WARN, LogConfigurator.level("CARTO_MAPS_TEST_UNSET_LEVEL", Level.WARN));
    System.setProperty("CARTO_MAPS_TEST_LEVEL", "debug");
    try {
      assertEquals(Level.DEBUG, LogConfigurator.level("CARTO_MAPS_TEST_LEVEL", Level.INFO));
    } finally {
      System.clearProperty("CARTO_MAPS_TEST_LEVEL");
    }
  }

  @Test
  void linesFollowThePattern() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    LogLineLayout layout = new LogLineLayout();
    layout.setContext(context);
    layout.start();
    LoggingEvent event =
        new LoggingEvent(
            "x",
            context.getLogger("io.cartomaps.mcp.ServerFactory"),
            Level.WARN,
            "list_maps failed: {}",
            new IllegalStateException("boom"),
            new Object[] {"timeout"});
    String line = layout.doLayout(event);
    assertTrue(
        line.matches(
            "(?s)\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  i\\.c\\.m\\.ServerFactory - list_maps failed: "
                + "timeout\\R.*IllegalStateException: boom.*"),
        line);
  }
}
