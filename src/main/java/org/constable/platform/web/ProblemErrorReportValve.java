package org.constable.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.constable.platform.api.ProblemCatalogue;
import org.constable.platform.api.ProblemCatalogue.Problem;

/**
 * The body Tomcat writes for errors it answers itself, before any servlet runs (an address with an
 * encoded NUL or slash, an unreadable URI): a problem for API addresses, a plain page otherwise,
 * never Tomcat's report with its server name and exception.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Problem p = ProblemCatalogue.forStatus(status);
        String uri = request.getRequestURI();
        boolean api = uri != null && ErrorEndpoint.isApi(uri);
        try {
            response.setHeader("Permissions-Policy", PermissionsPolicyFilter.POLICY);
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            writer.write(api ? json(p) : html(p));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response was committed meanwhile: nothing more to say
        }
    }

    private static String json(Problem p) {
        return "{\"type\":\"about:blank\",\"title\":\"" + p.title() + "\",\"status\":"
                + p.status().value() + ",\"detail\":\"" + p.detail() + "\"}";
    }

    private static String html(Problem p) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + p.title()
                + " · Constable</title></head><body><main><h1>" + p.title() + "</h1><p>" + p.detail()
                + "</p><p><a href=\"/\">Back to the start</a></p></main></body></html>";
    }
}
