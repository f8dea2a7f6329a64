package org.constable.platform.web;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemErrorReportValve} in place of Tomcat's own error report on the host. The host
 * adds its report valve when it starts, just before it starts the application's context, so the
 * swap is made then.
 */
@Component
class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextLifecycleListeners(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && event.getLifecycle() instanceof Context c) {
                replaceReportValve(c.getParent());
            }
        });
    }

    private static void replaceReportValve(Container host) {
        if (host == null) {
            return;
        }
        Pipeline pipeline = host.getPipeline();
        for (Valve valve : pipeline.getValves()) {
            if (valve.getClass() == ErrorReportValve.class) {
                pipeline.removeValve(valve);
                ProblemErrorReportValve problems = new ProblemErrorReportValve();
                problems.setShowReport(false);
                problems.setShowServerInfo(false);
                pipeline.addValve(problems);
            }
        }
    }
}
