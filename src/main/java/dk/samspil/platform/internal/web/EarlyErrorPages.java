package dk.samspil.platform.internal.web;

import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link EarlyErrorValve} in place of Tomcat's error report valve on the host. Spring Boot adds its own
 * (Tomcat's, without the report) while it prepares the context, and the host adds the default one when it starts
 * and finds none of its configured class: the swap happens just before the host starts, whatever the order of the
 * customizers, and the host is told that ours is the error report valve.
 */
@Component
class EarlyErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final MessageSource messages;

    EarlyErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            host.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    replaceErrorReportValve(host);
                }
            });
        });
    }

    private void replaceErrorReportValve(Container host) {
        Pipeline pipeline = host.getPipeline();
        for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve) {
                pipeline.removeValve(valve);
            }
        }
        pipeline.addValve(new EarlyErrorValve(messages));
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(EarlyErrorValve.class.getName());
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
