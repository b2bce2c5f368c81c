package io.evzone.platform.web;

import org.apache.catalina.Context;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts {@link ProblemReportValve} in place of every other error report valve of the host. It does so
 * as the context starts, when Tomcat and Spring Boot have added theirs: the last valve in the host's
 * pipeline would otherwise write its HTML first.
 */
public class TomcatProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final JsonMapper json;

    public TomcatProblemReports(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                replaceReportValves(context);
            }
        }));
    }

    private void replaceReportValves(Context context) {
        Pipeline host = context.getParent().getPipeline();
        for (Valve valve : host.getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                host.removeValve(valve);
            }
        }
        host.addValve(new ProblemReportValve(json));
    }
}
