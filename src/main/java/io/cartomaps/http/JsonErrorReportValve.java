package io.cartomaps.http;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error page, for errors no servlet answered (an exception, an unmapped request): JSON, no
 * stack trace.
 */
public final class JsonErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
      return;
    }
    try {
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(HttpErrors.body(HttpErrors.code(status), HttpErrors.defaultMessage(status)));
      response.finishResponse();
    } catch (IOException | IllegalStateException e) {
      // the client has gone; nothing to tell it
    }
  }
}
